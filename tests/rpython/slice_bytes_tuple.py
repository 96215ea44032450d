def main(argv: list[str]) -> int:
    b = b"0123456789"
    print(b[2:5], b[::-1], b[::3], b[-4:-1], b[7:2:-2], b[100:])
    header = b"\x89PNG\r\n\x1a\n" + b"rest"
    print(header[1:4], header[1:4] == b"PNG", header[8:])
    t = (10, 20, 30, 40, 50)
    print(t[1:3], t[::-1], t[::2], t[-2:], t[:0], t[4:1:-1])
    names = ("a", "b", "c")
    print(names[1:], names[:-1])
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
