"""int ** int: exponents the translator knows are non-negative give ints as on
CPython (a negative literal exponent gives a float, as on CPython)."""

def f(n: int) -> int:
    if n < 0:
        raise ValueError("negative")
    return 2 ** n


def g(n: int) -> int:
    if 0 <= n:
        return 3 ** n
    return 0


def h(n: int) -> int:
    if n > -1 and n < 10:
        return 3 ** n
    return 0


def main(argv: list[str]) -> int:
    n = len(argv)
    d: dict[str, int] = {"a": 1}
    s: set[int] = {1, 2}
    b = b"xyz"
    print(2 ** len(d), 2 ** len(s), 2 ** len(b), 3 ** abs(n - 5), 2 ** (n % 3), 2 ** len("ab"), 2 ** len(argv))
    for i in range(4):
        print(2 ** i, end=" ")
    for i in range(1, 10, 3):
        print(2 ** i, end=" ")
    print(f(10), g(3), g(-2), h(4))
    try:
        f(-1)
    except ValueError as e:
        print("ValueError", e)
    k = 5
    while k >= 0:
        print(2 ** k, end=" ")
        k -= 1
    print()
    m = 7
    if m != -3:
        pass
    print(2 ** -2, (-3) ** 3, 0 ** 0, 7 ** (m // 2), 2 ** (m & 3), 5 ** (m >> 1), 2 ** (m * 2 + 1))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
