def parse(s: str) -> str:
    try:
        return str(int(s))
    except ValueError as e:
        return "ValueError: " + str(e)


def main(argv: list[str]) -> int:
    for s in ["42", "-17", "+8", "  12  ", "1_000", "0", "-0", "007", "\t99\n",
              "x", "", " ", "1.5", "12a", "1__0", "_1", "1_", "--5", "0x1f", "one", "+", "-", "1 2"]:
        print(repr(s), "->", parse(s))
    total = 0
    bad = 0
    for tok in "10 20 x 30 3.0 -5".split():
        try:
            total += int(tok)
        except ValueError:
            bad += 1
    print(total, bad)
    return bad


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
