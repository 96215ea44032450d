def pick(a: int | None, d: int) -> int:
    return a or d


def first(a: int | None, b: int | None, d: int) -> int:
    return a or b or d


def main(argv: list[str]) -> int:
    a: int | None = 3
    b = a or 5
    print(b)
    c: int | None = None
    print(c or 7)
    z: int | None = 0
    print(z or 9)
    print(pick(None, 1), pick(4, 1), pick(0, 2))
    print(first(None, None, 8), first(None, 6, 8), first(2, 6, 8), first(0, 0, 1))
    e = a and 4
    print(e)
    f: float | None = None
    print(f or 2.5)
    g: float | None = 1.25
    print(g or 2.5)
    s: str | None = None
    print(s or "default")
    t: str | None = "given"
    print(t or "default")
    flag: bool | None = None
    print(flag or False)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
