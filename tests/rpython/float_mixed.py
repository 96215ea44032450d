def hyp(a: float, b: float) -> float:
    guess = (a * a + b * b) / 2.0
    if guess == 0.0:
        return 0.0
    for i in range(30):
        guess = (guess + (a * a + b * b) / guess) / 2.0
    return guess


def main(argv: list[str]) -> int:
    n = 5
    f = 2.5
    print(n + f, n - f, n * f, n / f, n // f, n % f)
    print(f + n, f - n, f * n, f / n, f // n, f % n)
    print(n < f, n > f, n == 5.0, n != 5.0)
    print(abs(-2.5), abs(2.5), abs(-3))
    print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 2.5))
    print(max(1.5, 2.5), min(3.0, -1.0), max([0.5, 0.25, 0.75]), min([2.0, 1.0]))
    print(sum([0.1, 0.2, 0.3]), sum([1.5, 2.5]), sum([0.5], 10.0))
    print(hyp(3.0, 4.0), hyp(5.0, 12.0), hyp(1.0, 1.0))
    count = 0
    x = 0.0
    while x < 1.0:
        x += 0.1
        count += 1
    print(count, x)
    celsius = [-40, 0, 37, 100]
    for c in celsius:
        print(c, "C =", c * 9 / 5 + 32, "F")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
