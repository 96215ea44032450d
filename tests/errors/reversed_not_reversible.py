"""Sets and the iterators of enumerate/zip/reversed cannot be reversed
(CPython raises TypeError)."""


def main(argv: list[str]) -> int:
    s = {1, 2, 3}
    xs = [1, 2]
    for x in reversed(s):
        print(x)
    print(list(reversed(enumerate(xs))))
    print([y for y in reversed(zip(xs, xs))])
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
