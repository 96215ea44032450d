"""range/enumerate/zip/reversed where a consumer walks them: the same
results as CPython's range objects and iterators."""


def main(argv: list[str]) -> int:
    xs = [3, 1, 2]
    s = "abc"
    print(list(range(3)), sorted(zip(xs, s)), max(range(4)), min(enumerate(xs)))
    print(sum(range(5)), any(reversed(xs)), all(zip(xs, xs)), len(range(2, 9, 3)))
    print(2 in range(3), (1, 3) in enumerate(xs), "".join(reversed(s)))
    print(dict(zip(s, xs)), tuple(enumerate(s, 1)), set(range(3)))
    print(list(enumerate(zip(xs, reversed(s)))), [i * i for i in range(4)])
    print(list(zip(range(3), reversed(range(3)))), sum(x for x in range(4)))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
