def parse_int(s: str) -> int | None:
    if s == "" or not s.isdigit():
        return None
    return int(s)


def describe(s: str | None) -> str:
    if s is None:
        return "nothing"
    return "text of length " + str(len(s))


def first_long(words: list[str], n: int) -> str | None:
    for w in words:
        if len(w) >= n:
            return w
    return None


def total(values: list[str]) -> int:
    acc = 0
    for v in values:
        x = parse_int(v)
        if x is not None:
            acc += x
    return acc


def main(argv: list[str]) -> int:
    for s in ["12", "abc", "", "007"]:
        r = parse_int(s)
        if r is None:
            print(repr(s), "-> None")
        else:
            print(repr(s), "->", r + 1)
    print(describe(None), describe("hey"), describe(""))
    words = ["a", "bb", "ccc"]
    w = first_long(words, 2)
    print(w, first_long(words, 5))
    if w is not None and w.startswith("b"):
        print("starts with b:", w.upper())
    print(total(["1", "x", "20", "300"]))
    m = first_long(words, 3)
    label = m if m is not None else "default"
    print(label)
    n = first_long(words, 9)
    label2 = "default" if n is None else n
    print(label2)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
