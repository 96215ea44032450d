def main(argv: list[str]) -> int:
    print("ab" * 3, 3 * "xy", "-" * 0, "z" * -2, repr("" * 5))
    line = "=" * 20
    print(line, len(line))
    s = "abc"
    t = s
    s += "def"
    print(s, t, s == "abcdef", t == "abc")
    print("abc" + "" == "abc", str(12) + "3", "a" "b")
    print(len("tab\t"), repr("quote's"), repr('dq"'), repr("both'\""), repr("back\\slash"))
    print(repr("\n\r\t\x00\x7f\x80\xa0\u00e9\u200b\U0001F40D"[0:10]))
    print(str("already"), str(True), str(-5), str(2.5))
    words = ["b", "a", "c"]
    words.sort()
    print(" < ".join(words))
    print(max("apple", "banana"), min(["pear", "fig", "plum"]))
    print("b" in "abc", "d" not in "abc")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
