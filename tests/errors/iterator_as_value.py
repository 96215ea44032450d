"""`range(...)`, `enumerate(...)`, `zip(...)` and `reversed(...)` are
lists in the translated program: they may only be walked (a loop, a
comprehension, `list(...)`, `sorted(...)`, `min`/`max`, `sum`, `in`...),
where CPython's range object or iterator behaves as that list. Stored,
compared or printed they would differ (`range(0, 3)`, `<zip object>`,
an iterator used up once), and `len` of an iterator is a TypeError."""


def main(argv: list[str]) -> int:
    xs = [3, 1, 2]
    r = range(3)
    print(range(3) == [0, 1, 2])
    z = zip(xs, xs)
    print(len(enumerate(xs)))
    print(reversed(xs))
    print(list(zip(xs, xs)), sorted(enumerate(xs)), max(range(4)), len(range(5)), 2 in range(3))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
