def show(x: float) -> None:
    print(repr(x), str(x), x)


def main(argv: list[str]) -> int:
    show(0.1)
    show(0.1 + 0.2)
    show(1.0)
    show(100.0)
    show(2.5)
    show(1 / 3)
    show(2 / 3)
    show(1e16)
    show(1e15)
    show(123456789012345.0)
    show(1234567890123456.0)
    show(12345678901234567.0)
    show(1e22)
    show(1e+30)
    show(1e-4)
    show(1e-5)
    show(0.0001234)
    show(0.00001234)
    show(1.5e-7)
    show(-2.75)
    show(3.141592653589793)
    show(2.718281828459045)
    show(1.7976931348623157e308)
    show(5e-324)
    show(2.2250738585072014e-308)
    show(9007199254740993.0)
    show(0.3)
    show(100.5)
    show(1e100)
    show(123.456)
    show(-0.000001)
    print([1.5, 2.0, -0.25])
    print((0.5, 1e20))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
