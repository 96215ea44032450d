def try_pow(a: float, b: float) -> str:
    try:
        return repr(a ** b)
    except ZeroDivisionError as e:
        return "ZeroDivisionError: " + str(e)
    except OverflowError as e:
        return "OverflowError: " + str(e)


def main(argv: list[str]) -> int:
    print(2.0 ** 10, 2.0 ** 0.5, 2.0 ** -2, 10.0 ** -3)
    print((-2.0) ** 3, (-8.0) ** 2, 0.0 ** 0.0, 1.5 ** 2)
    print(4 ** 0.5, 2 ** 3.0, 9.0 ** 0.5)
    print(2 ** 10, 3 ** 4, (-3) ** 3, 10 ** 18, 0 ** 0, 7 ** 1)
    print(try_pow(0.0, -1.0))
    print(try_pow(10.0, 400.0))
    print(try_pow(10.0, 308.0))
    print(try_pow(2.0, 0.5))
    print(try_pow(1.0, 1e300))
    print(try_pow(float("inf"), 2.0))
    x = 1.0001
    acc = 1.0
    for i in range(100):
        acc *= x
    print(acc, x ** 100)
    n = 2
    p = 1
    for i in range(20):
        p = p * n
    print(p, n ** 20, 2 ** 62)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
