def flags(s: str) -> str:
    out = ""
    out += "d" if s.isdigit() else "-"
    out += "a" if s.isalpha() else "-"
    out += "n" if s.isalnum() else "-"
    out += "s" if s.isspace() else "-"
    out += "U" if s.isupper() else "-"
    out += "L" if s.islower() else "-"
    return out


def main(argv: list[str]) -> int:
    for s in ["123", "abc", "ABC", "aBc", "a1", "A1", "", " ", " \t\n", "x y",
              "3.5", "-1", "_", "Hello", "HELLO WORLD", "hello world", "123abc", "\r\x0b\x0c"]:
        print(repr(s), flags(s))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
