# pow(a, b) is a ** b: a negative literal int exponent gives a float, as
# in CPython; floats and mixed operands use float power.


def main(argv: list[str]) -> int:
    print(pow(2, -2), 2 ** -2, pow(2, 10), pow(-3, 3), pow(7, 0))
    print(pow(2.0, 3), pow(2, 0.5), pow(-8.0, 3), pow(True, 3), pow(10, -1))
    n = len("hello")
    print(pow(3, n), pow(n, 2))
    try:
        print(pow(0, -1))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print(pow(0.0, -1.0))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    return 0


if __name__ == "__main__":
    main([])
