def main(argv: list[str]) -> int:
    print("{} + {} = {}".format(1, 2, 3))
    print("{0} {1} {0}".format("a", "b"))
    print("[{:>6}] [{:<6}] [{:^6}]".format("r", "l", "c"))
    print("{:5d}|{:<5d}|{:05d}".format(42, 42, 42))
    print("{:.2f} {:.0f} {:8.3f}".format(3.14159, 2.5, -1.0))
    print("{:x} {:X} {:o} {:b}".format(255, 255, 8, 5))
    print("{!r} {}".format("q", "q"))
    print("{{literal}} {}".format("x"))
    print("{:,}".format(1234567), "{:*^9}".format("mid"))
    name = "world"
    print("hello, {}!".format(name))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
