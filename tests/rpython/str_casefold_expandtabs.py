def main(argv: list[str]) -> int:
    for s in ["Straße", "ΣΑΣ", "ﬁne", "İstanbul", "ǅemal", "MASSE", "µ", "ᏸ", "plain"]:
        print(repr(s.casefold()), s.casefold() == s.lower(), len(s.casefold()))
    print("straße".casefold() == "STRASSE".casefold())
    for t in ["a\tb", "\tx\ty", "ab\r\tc\n\td", "12345678\tz", "é\t|"]:
        print(repr(t.expandtabs()), repr(t.expandtabs(4)), repr(t.expandtabs(1)), repr(t.expandtabs(0)))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
