# len(range(...)) and `in range(...)` answer without building the range:
# huge ranges, negative steps, int limits (CPython's OverflowError message), a zero step, evaluation order.


def big() -> int:
    return 10**18


def trace(s: str, v: int) -> int:
    print("eval", s)
    return v


def main(argv: list[str]) -> int:
    print(len(range(big())), len(range(-big(), big(), 7)))
    print(len(range(10, 0, -3)), len(range(0, 10, -1)), len(range(5)), len(range(0)))
    lo = -9223372036854775807 - 1
    hi = 9223372036854775807
    print(len(range(lo, hi, 3)), len(range(hi, lo, -5)), len(range(lo + 1, lo, lo)))
    n = 0
    for k in [-5, -1, 0, 1, 6, 7, 10**18 - 1, 10**18, hi, lo]:
        print(k, k in range(big()), k in range(-10, 10, 3), k not in range(10, -10, -3), k in range(lo, hi, 2))
        if k in range(0, 100, 7):
            n += 1
    print(n, 0 < 3 in range(5), 9 > 3 not in range(5))
    print(trace("x", 4) in range(trace("a", 0), trace("b", 9), trace("c", 2)))
    print(len(range(trace("start", 1), trace("stop", 4))))
    try:
        print(len(range(0, 5, 0)))
    except ValueError as e:
        print("ValueError:", e)
    try:
        print(trace("x", 1) in range(0, 5, n - n))
    except ValueError as e:
        print("ValueError:", e)
    for a, b, st in [(lo, hi, 1), (hi, lo, -1), (lo, hi, 2), (hi, lo, -2), (hi, lo, -3), (lo, 0, 1), (lo, -1, 1), (-1, lo, -1), (hi, lo + 1, -2)]:
        try:
            print(len(range(a, b, st)))
        except OverflowError as e:
            print("OverflowError", e)
    return 0


if __name__ == "__main__":
    main([])
