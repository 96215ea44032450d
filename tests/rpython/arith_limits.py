BIG = 9223372036854775807
SMALL = -9223372036854775808


def main(argv: list[str]) -> int:
    print(BIG, SMALL)
    print(BIG // 2, SMALL // 2, SMALL % 7, BIG % -10)
    print(BIG - 1 + 1, SMALL + 1 - 1, -(SMALL + 1))
    x = 3037000499
    print(x * x)
    print(SMALL // 3, SMALL % 3, BIG // -7, BIG % -7)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
