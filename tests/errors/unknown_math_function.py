import math


def main(argv: list[str]) -> int:
    print(math.sqrt(2.0), math.cbrt(27.0))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
