def main(argv: list[str]) -> int:
    words = ["hello", "WORLD", "MiXeD cAsE", "123abc", "", "a", "already Capital", "  lead", "o'neil"]
    for w in words:
        print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.capitalize()))
    s = "The Quick Brown Fox"
    print(s.upper().lower() == s.lower(), s.lower().upper() == s.upper())
    print(s.lower().capitalize())
    n = 0
    for c in s:
        if c.isupper():
            n += 1
    print("uppercase letters:", n)
    print("abc".upper() == "ABC", "ABC".lower() < "abd")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
