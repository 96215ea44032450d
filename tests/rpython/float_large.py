def main(argv: list[str]) -> int:
    big = 1.7976931348623157e308
    print(big, big * 2.0, -big * 2.0, big + 1.0 == big)
    tiny = 5e-324
    print(tiny, tiny / 2.0, tiny * 2.0, 2.0 ** -1074)
    print(float(10 ** 18), float(9223372036854775807), float(-9223372036854775807 - 1))
    print(int(1e15), int(1e16), int(123456789.987))
    print(123456789012345678.0, 0.1 * 1e20, 1e-10 * 3)
    print(2.0 ** 52 + 1.0, 2.0 ** 53 + 1.0, 2.0 ** 53 + 2.0)
    print(9007199254740993, float(9007199254740993))
    x = 1.0
    steps = 0
    while x + 1.0 != x:
        x *= 2.0
        steps += 1
    print(steps, x)
    y = 1.0
    halvings = 0
    while y > 0.0:
        y /= 2.0
        halvings += 1
    print(halvings)
    eps = 1.0
    while 1.0 + eps / 2.0 > 1.0:
        eps /= 2.0
    print(eps)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
