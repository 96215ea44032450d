"""`int ** int` is a float on CPython when the exponent is negative, so the
translator accepts only exponents it knows are not: literals, lengths,
`abs(...)`, `x % k`, counting-up range variables, and locals tested
non-negative (`if n >= 0:`). Everything else is rejected."""


def power(x: int, n: int) -> int:
    return x ** n


def main(argv: list[str]) -> int:
    n = len(argv) - 3
    print(power(2, 3), 2 ** n, 2 ** (n - 1))
    for i in range(-2, 3):
        print(2 ** i)
    for j in range(5):
        j = j - 2
        print(2 ** j)
    if n >= 0:
        n = n - 1
        print(2 ** n)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
