def mean(xs: list[float]) -> float:
    total = 0.0
    for x in xs:
        total += x
    return total / len(xs)


def main(argv: list[str]) -> int:
    a = 7
    b = 2.5
    print(a / 2, a // 2, a % 3, -a // 2, -a % 3)
    print(a + b, a * b, a - b, b ** 2, 2 ** 0.5, 10 ** -1)
    print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2)
    print(abs(-b), -b, +b, float(a), int(-2.7), round(2.675, 2), round(3.5), round(4.5))
    print(mean([1.0, 2.0, 4.5]), 1e30, 1e-7, 0.1 + 0.2, float("inf"), -0.0)
    print(1.5 < 2, 2 == 2.0, 3 >= 3.5, max(1.5, 0.5), min([3.25, -1.0]))
    print(2 ** 62, 3 ** 3, 0 ** 0, divmod(17, -5), divmod(7.5, 2.0))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
