def main(argv: list[str]) -> int:
    x = 0b1011
    print(x << 3, x >> 1, x & 6, x | 4, x ^ 0xFF, ~x, -17 >> 2, 1 << 62)
    flags = 0
    flags |= 1
    flags |= 8
    flags &= ~1
    flags ^= 3
    flags <<= 2
    print(flags, hex(255), oct(8), bin(10), hex(-42))
    print(True & False, True | False, True ^ True)
    try:
        print(1 << -1)
    except ValueError as e:
        print("ValueError:", e)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
