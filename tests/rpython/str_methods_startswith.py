def kind(line: str) -> str:
    if line.startswith("#"):
        return "comment"
    if line.startswith("def ") and line.endswith(":"):
        return "function"
    if line.endswith("\\"):
        return "continued"
    if line.strip() == "":
        return "blank"
    return "code"


def main(argv: list[str]) -> int:
    lines = ["# header", "def f(x):", "    return x", "", "total = 1 + \\", "   ", "#!"]
    for ln in lines:
        print(repr(ln), kind(ln))
    print("prefix".startswith("pre", 0), "prefix".startswith("fix", 3), "prefix".startswith("pre", 1))
    print("abc".startswith("abcd"), "abc".endswith("zabc"))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
