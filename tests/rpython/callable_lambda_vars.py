from typing import Callable


def apply_n(f: Callable[[int], int], n: int, x: int) -> int:
    for i in range(n):
        x = f(x)
    return x


def main(argv: list[str]) -> int:
    inc: Callable[[int], int] = lambda x: x + 1
    dbl: Callable[[int], int] = lambda x: x * 2
    print(inc(1), dbl(21), apply_n(inc, 10, 0), apply_n(dbl, 10, 1))
    step = 3
    print(apply_n(lambda v: v + step, 4, 0))
    cmp: Callable[[str, str], bool] = lambda a, b: len(a) < len(b)
    print(cmp("ab", "abc"), cmp("abc", "ab"))
    fmt: Callable[[float], str] = lambda f: f"{f:.2f}"
    print(fmt(3.14159), fmt(-0.005))
    const: Callable[[], str] = lambda: "constant"
    print(const())
    fs: list[Callable[[int], int]] = [lambda x: x + 1, lambda x: x * x, lambda x: -x]
    print([f(5) for f in fs])
    pick = inc if step > 2 else dbl
    print(pick(10))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
