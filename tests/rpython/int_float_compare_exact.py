# int/float comparisons are exact, as in CPython (the int is not rounded
# to a float first).


def show(i: int, f: float) -> None:
    print(i, repr(f), i == f, i != f, i < f, i <= f, i > f, i >= f)
    print(f == i, f != i, f < i, f <= i, f > i, f >= i)


def main(argv: list[str]) -> int:
    n = 2**53 + 1
    print(n == 9007199254740992.0, n > 9007199254740992.0)
    m = 9223372036854775807
    print(m == 9223372036854775808.0, m < 9223372036854775808.0)
    big = 9223372036854775808.0
    inf = float("inf")
    nan = float("nan")
    vals = [0.0, -0.0, 0.5, -0.5, 1.0, 2.5, -2.5, 1e300, -1e300, big, -big,
            9007199254740992.0, -9007199254740992.0, 4.5e18, inf, -inf, nan]
    ints = [0, 1, -1, 2, -3, 9007199254740993, -9007199254740993,
            9223372036854775807, -9223372036854775807 - 1, 4500000000000000000]
    for i in ints:
        for f in vals:
            show(i, f)
    t = True
    print(t == 1.0, t < 1.5, 0.5 < t, False >= -0.0)
    # chains mix both kinds
    k = 3
    print(1.5 < k < 3.5, 2 < 2.5 <= k, k == 3.0 == k)
    x = 0.1
    print(x > 0, x < 1, 0 < x < 1, -1 <= x, x == 0)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
