def newton_sqrt(x: float) -> float:
    g = x if x > 1.0 else 1.0
    for i in range(60):
        g = 0.5 * (g + x / g)
    return g


def leibniz(n: int) -> float:
    s = 0.0
    sign = 1.0
    for k in range(n):
        s += sign / (2 * k + 1)
        sign = -sign
    return 4.0 * s


def harmonic(n: int) -> float:
    s = 0.0
    for k in range(1, n + 1):
        s += 1.0 / k
    return s


def main(argv: list[str]) -> int:
    for v in [2.0, 3.0, 10.0, 0.25, 1e10, 144.0]:
        print(v, newton_sqrt(v))
    print(leibniz(1000))
    print(leibniz(5000))
    print(harmonic(100), harmonic(1000))
    fib_a = 0.0
    fib_b = 1.0
    for i in range(80):
        fib_a, fib_b = fib_b, fib_a + fib_b
    print(fib_a, fib_b / fib_a)
    e = 0.0
    term = 1.0
    for k in range(1, 20):
        e += term
        term /= k
    print(e)
    pts: list[float] = []
    for i in range(8):
        pts.append(i * 0.125)
    print(pts)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
