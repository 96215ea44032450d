def main(argv: list[str]) -> int:
    print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(-0.5))
    print(round(2.4), round(2.6), round(-2.6), round(7.0))
    print(round(2.675, 2), round(1.23456, 3), round(0.125, 2), round(0.375, 2))
    print(round(123.456, -1), round(123.456, -2), round(155.0, -1), round(-155.0, -1))
    print(round(1.5, 0), round(2.5, 0), round(-0.4, 0), round(0.0, 3))
    print(round(1e20, 2), round(1.0 / 3.0, 5), round(2.0 / 3.0, 10))
    print(round(5), round(-17), round(1234, -2), round(1250, -2), round(1350, -2))
    print(round(-1250, -2), round(7, 3), round(99, -1), round(95, -1))
    values = [0.1, 0.25, 0.333, 0.5, 0.675]
    total = 0.0
    for v in values:
        total += round(v, 1)
    print(round(total, 4))
    for i in range(6):
        print(i, round(3.14159265, i))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
