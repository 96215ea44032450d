def parse(s: str) -> str:
    try:
        return repr(float(s))
    except ValueError as e:
        return "ValueError: " + str(e)


def to_int(x: float) -> str:
    try:
        return str(int(x))
    except OverflowError as e:
        return "OverflowError: " + str(e)
    except ValueError as e:
        return "ValueError: " + str(e)


def main(argv: list[str]) -> int:
    print(int(3.7), int(-3.7), int(0.9999), int(-0.5), int(1e18), int(-2.0))
    print(float(3), float(-7), float(0), float(2 ** 53 + 1))
    for s in ["1.5", "  -2.5e3 ", "+.5", "5.", "1_000.25", "1e-3", "  42  ",
              "inf", "-Infinity", "nan", "1E5", "abc", "", "1.2.3", "1e", "--1", "0x10"]:
        print(repr(s), "->", parse(s))
    print(to_int(9.2e18))
    print(to_int(-9.2e18))
    print(to_int(float("inf")))
    print(to_int(float("-inf")))
    print(to_int(float("nan")))
    print(to_int(123.999))
    x = 10
    y = x * 1.0
    print(y, type_name(y))
    print(int(float("12.5") * 2))
    return 0


def type_name(x: float) -> str:
    if isinstance(x, float):
        return "float"
    return "other"


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
