def main(argv: list[str]) -> int:
    name = "Bob"
    n = 42
    print("hello %s" % name)
    print("%s is %d years" % (name, n))
    print("%r and %s" % (name, name))
    print("%x %X %d %i" % (255, 255, -17, 3))
    print("%5d|%-5d|%05d|%+d" % (n, n, n, n))
    print("%f|%.2f|%.1f" % (1.5, 2.345, -0.05))
    print("100%% sure, %d%%" % 99)
    print("%s %s %s" % (True, 3.0, [1, 2]))
    print("%10s|%-10s|" % ("right", "left"))
    x = 7
    msg = "x=%d, x*x=%d, x/2=%.1f" % (x, x * x, x / 2)
    print(msg, len(msg))
    print("%s" % "%d")
    print("%3s|%-3s|" % ("abcdef", "ab"))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
