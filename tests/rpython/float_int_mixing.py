"""Ints and floats together where CPython gives the same text: arithmetic
and comparisons convert the int, the math functions take ints, explicit
float() conversions. (An int stored where a float is expected is rejected
by the translator: tests/errors/int_in_float_place.py.)"""

import math


def half(x: float) -> float:
    return x / 2


def mean(xs: list[float]) -> float:
    if not xs:
        return 0.0
    return sum(xs, 0.0) / len(xs)


def main(argv: list[str]) -> int:
    n = 3
    empty: list[float] = []
    print(sum(empty, 0.0), sum([1.5, 2.5]), sum([0.5, 0.25], 1.0), mean(empty), mean([1.0, 2.0]))
    print(max(2.0, 1.5), min(3, 4), math.sqrt(16), half(float(n)), 1 + 2.5, 7 / 2, 2 ** 0.5)
    print(divmod(7, 2.0), pow(2, 0.5), round(2.5), round(2.675, 2), abs(-2), float(3), n * 0.5)
    y = 0.0
    y += 1
    y *= n
    print(y, y > n - 1, n < 2.5, n == 3.0, math.isclose(1, 1.0), math.floor(2), 3 * 0.5)
    xs: list[float] = [1.0, 2.0]
    xs.append(float(n))
    xs[0] += 1
    table: dict[str, float] = {"a": 1.0}
    table["a"] += 2
    print(xs, table, [x * 2 for x in xs], {k: v / 2 for k, v in table.items()})
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
