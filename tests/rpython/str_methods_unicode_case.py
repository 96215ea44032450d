def main(argv: list[str]) -> int:
    for w in ["\u00e9t\u00e9", "\u00c9COLE", "stra\u00dfe", "\u03b1\u03b2\u03b3", "\u0391\u0392\u0393", "\U0001F40Dsnake"]:
        print(w, w.upper(), w.lower(), w.capitalize(), len(w.upper()))
    for w in ["\u00e9", "\u00c9", "\u00b2", "\u0663", "\u4e2d", "\u00a0", "\u2003"]:
        print(repr(w), w.isalpha(), w.isdigit(), w.isalnum(), w.isspace(), w.isupper(), w.islower())
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
