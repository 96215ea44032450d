from typing import Callable


def double(x: int) -> int:
    return x * 2


def square(x: int) -> int:
    return x * x


def negate(x: int) -> int:
    return -x


def apply(f: Callable[[int], int], x: int) -> int:
    return f(x)


def apply_all(fs: list[Callable[[int], int]], x: int) -> list[int]:
    return [f(x) for f in fs]


def compose(f: Callable[[int], int], g: Callable[[int], int], x: int) -> int:
    return f(g(x))


def combine(op: Callable[[int, int], int], xs: list[int], start: int) -> int:
    acc = start
    for x in xs:
        acc = op(acc, x)
    return acc


def add(a: int, b: int) -> int:
    return a + b


def mul(a: int, b: int) -> int:
    return a * b


def main(argv: list[str]) -> int:
    print(apply(double, 5), apply(square, 5), apply(negate, 5))
    fs: list[Callable[[int], int]] = [double, square, negate]
    print(apply_all(fs, 3), apply_all(fs, -4))
    print(compose(double, square, 3), compose(square, double, 3))
    print(combine(add, [1, 2, 3, 4], 0), combine(mul, [1, 2, 3, 4], 1))
    f = square
    print(f(12))
    f = double
    print(f(12))
    table: dict[str, Callable[[int, int], int]] = {"+": add, "*": mul}
    for op in ["+", "*"]:
        print(op, table[op](6, 7))
    g: Callable[[int], int] | None = None
    if g is None:
        g = negate
    print(g(9))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
