"""The start of enumerate is evaluated once, after the iterable, however
the enumerate is consumed (a loop, a comprehension, list/dict/tuple/set/
sorted/zip/max of it), as on CPython."""


def f(tag: str, v: int) -> int:
    print("eval", tag)
    return v


def main(argv: list[str]) -> int:
    xs = [3, 1]
    for i, x in enumerate(xs, f("for", 5)):
        print(i, x)
    print([i for i, x in enumerate(xs, f("comp", 5))])
    print(list(enumerate(xs, f("list", 5))))
    print(dict(enumerate(xs, f("dict", 5))))
    print(tuple(enumerate(xs, start=f("tuple", 5))))
    print(sorted(enumerate(xs, f("sorted", 5))))
    print(list(enumerate({7: 1, 8: 2}, f("dictsrc", 5))))
    print(list(enumerate("ab", f("str", 5))))
    print(list(enumerate(reversed(xs), f("rev", 5))))
    print(list(zip(enumerate(xs, f("zip", 5)), xs)))
    for p in enumerate(xs, f("for-one", 5)):
        print(p)
    print(max(enumerate(xs, f("max", 5))), sum(i for i, x in enumerate(xs, f("sum", 5))))
    print(set(enumerate(xs, f("set", 5))))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
