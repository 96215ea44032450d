def main(argv: list[str]) -> int:
    for s in ["abc", "\u00e9", "\u20ac", "\U0001F40D", ""]:
        b = s.encode()
        print(repr(s), b, len(b), b.decode() == s)
    print("x".encode("utf-8") + "y".encode())
    total = 0
    for c in "h\u00e9".encode():
        total += c
    print(total)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
