def idx(s: str, sub: str) -> str:
    try:
        return str(s.index(sub))
    except ValueError as e:
        return "ValueError: " + str(e)


def main(argv: list[str]) -> int:
    s = "abracadabra"
    print(s.find("a"), s.find("bra"), s.find("z"), s.find(""), s.find("a", 1), s.find("a", 100))
    print(s.rfind("a"), s.rfind("bra"), s.rfind("z"), s.rfind(""), s.find("abra", 1))
    print(idx(s, "cad"), idx(s, "dab"), idx(s, "x"))
    print(s.count("a"), s.count("bra"), s.count("z"), s.count(""), "aaaa".count("aa"))
    print(s.startswith("abra"), s.startswith("bra"), s.startswith(""), s.endswith("abra"), s.endswith("cad"))
    print("".startswith(""), "".endswith("x"), "x".endswith(""))
    print(s.replace("a", "A"), s.replace("bra", ""), s.replace("z", "y"), s.replace("a", "-", 2))
    print("aaa".replace("a", "aa"), "abc".replace("", "-"), "".replace("", "x"))
    print("\U0001F40D\U0001F40Dx".find("x"), "\U0001F40Dab\U0001F40D".rfind("\U0001F40D"))
    text = "one two three two one"
    pos = text.find("two")
    while pos != -1:
        print("two at", pos)
        pos = text.find("two", pos + 1)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
