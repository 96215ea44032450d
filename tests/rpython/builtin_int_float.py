def main(argv: list[str]) -> int:
    for x in [0.0, 0.5, 0.9999999, 1.0, -0.5, -1.5, 2.9, -2.9, 1e10, -1e15, 123456789.123]:
        print(x, int(x), float(int(x)), round(x))
    print(float("3.25"), float("-1e3"), float("  7  "), float(" .5"), float("1_0.0_1"))
    print(float(0), float(-12), float(2 ** 60))
    print(int(7 / 2), int(-7 / 2), int(7 // 2), int(-7 // 2))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
