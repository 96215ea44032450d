def mean(xs: list[float]) -> float:
    total = 0.0
    for x in xs:
        total += x
    return total / len(xs)


def main(argv: list[str]) -> int:
    a = 7.5
    b = 2.0
    print(a + b, a - b, a * b, a / b)
    print(a // b, a % b, -a // b, -a % b)
    print(a // -b, a % -b, -a // -b, -a % -b)
    print(7 / 2, 8 / 2, -7 / 2, 1 / 3)
    print(10 / 4, 2 / 3 * 3, 0.1 * 3)
    x = 1.0
    for i in range(10):
        x = x * 1.5 + 0.25
    print(x)
    y = 3
    print(y + 0.5, y * 0.5, y / 4, 0.5 - y)
    print(a > b, a < b, a == 7.5, a != 7.5, a >= 7.5, b <= 1.9)
    print(1 == 1.0, 2 < 2.5, 3.0 > 2, 0.0 == -0.0)
    values = [1.5, 2.25, -0.75, 10.0]
    print(mean(values))
    z = 0.0
    z += 1.1
    z -= 0.1
    z *= 3.0
    z /= 2.0
    print(z)
    print(-a, +a, -(-a))
    print(0.1 + 0.2, 0.1 + 0.2 == 0.3, 1.1 * 1.1)
    print(3.0 % 1.25, -3.0 % 1.25, 5.5 // 1.5)
    print(1e300 * 1e10, -1e300 * 1e10)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
