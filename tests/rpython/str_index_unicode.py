def main(argv: list[str]) -> int:
    s = "a\u00e9\u4e2d\U0001F40Dz"
    print(len(s), s)
    for i in range(len(s)):
        print(i, s[i], ord(s[i]), len(s[i]))
    print(s[-2], ord(s[-2]), s[3] == "\U0001F40D")
    print(chr(0x1F600), chr(233), chr(0x4e2d), chr(65), len(chr(0x10FFFF)))
    e = "\U0001F600\U0001F601\U0001F602"
    print(len(e), e[1], e[-1], e[0:2], len(e[1:]))
    t = ""
    for c in e:
        t = c + t
    print(t, len(t))
    print("\u00e9" < "\U0001F40D", "\uffff" < "\U00010000", "z" < "\u00e9")
    mixed = "x" + chr(0x10000) + "y"
    print(len(mixed), ord(mixed[1]), mixed.find("y"), mixed.upper())
    codes: list[int] = []
    for c in "A\u00df\u03a9\U0001D11E":
        codes.append(ord(c))
    print(codes)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
