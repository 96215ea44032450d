def main(argv: list[str]) -> int:
    s = "hello"
    t = s + " " + "world"
    print(t, len(t))
    print(s == "hello", s != "hello", s == t)
    print(str(42) + str(-7), str(True), str(False), str("x"))
    e = ""
    print(len(e), e == "")
    u = "caf\u00e9 \U0001F600 \u4e2d"
    print(u, len(u))
    esc = "tab\tquote\"back\\slash"
    print(esc, len(esc))
    print("a\nb")
    return 0

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
