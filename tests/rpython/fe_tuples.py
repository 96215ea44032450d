def minmax(xs: list[int]) -> tuple[int, int]:
    return min(xs), max(xs)


def main(argv: list[str]) -> int:
    lo, hi = minmax([3, 9, -2])
    print(lo, hi, minmax([1]))
    pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
    pairs.sort()
    print(pairs, (1, 2) < (1, 3), (2, "a") == (2, "a"), (1, 2) != (1, 2))
    for n, s in pairs:
        print(n, s, end="; ")
    print()
    t: tuple[int, ...] = (5, 6, 7)
    print(t, len(t), t[1], t[-1], t[1:], 6 in t, (1,), ())
    a, b = 1, 2
    a, b = b, a
    print(a, b)
    seen = {(1, 2), (1, 2), (3, 4)}
    print(len(seen), (3, 4) in seen, hash((1, 2)) == hash((1, 2)))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
