def divmod_pair(a: int, b: int) -> tuple[int, int]:
    return a // b, a % b


def min_max(xs: list[int]) -> tuple[int, int]:
    lo = xs[0]
    hi = xs[0]
    for x in xs:
        if x < lo:
            lo = x
        if x > hi:
            hi = x
    return (lo, hi)


def main(argv: list[str]) -> int:
    t = (1, "two", 3.0)
    print(t, t[0], t[1], t[2], len(t))
    a, b, c = t
    print(a, b, c)
    q, r = divmod_pair(17, 5)
    print(q, r, divmod_pair(-17, 5))
    lo, hi = min_max([4, -2, 9, 0])
    print(lo, hi)
    x = 1
    y = 2
    x, y = y, x
    print(x, y)
    p = (x, y)
    print(p == (2, 1), p != (2, 1), p == (1, 2))
    single = (5,)
    print(single, len(single), single[0])
    nested = ((1, 2), ("a", "b"))
    print(nested, nested[1][0])
    (m, n), (s1, s2) = nested
    print(m + n, s1 + s2)
    first, second = "xy"[0], "xy"[1]
    print(first, second)
    print(t[-1], t[-3])
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
