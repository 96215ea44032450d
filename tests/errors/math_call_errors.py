import math


def main(argv: list[str]) -> int:
    a = math.sqrt(1.0, 2.0)
    b = math.isclose(1.0, 2.0, 0.5)
    c = math.isclose(1.0, 2.0, tolerance=0.5)
    d = math.floor("2.5")
    e = math.log(1.0, 2.0, 3.0)
    f = math.gamma
    g = math.sqrt(x=4.0)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
