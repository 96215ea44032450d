def safe_div(a: float, b: float) -> str:
    try:
        return repr(a / b)
    except ZeroDivisionError as e:
        return "ZeroDivisionError: " + str(e)


def safe_floordiv(a: float, b: float) -> str:
    try:
        return repr(a // b)
    except ZeroDivisionError as e:
        return "ZeroDivisionError: " + str(e)


def safe_mod(a: float, b: float) -> str:
    try:
        return repr(a % b)
    except ZeroDivisionError as e:
        return "ZeroDivisionError: " + str(e)


def int_truediv(a: int, b: int) -> str:
    try:
        return repr(a / b)
    except ZeroDivisionError as e:
        return "ZeroDivisionError: " + str(e)


def main(argv: list[str]) -> int:
    print(safe_div(1.0, 0.0))
    print(safe_div(1.0, -0.0))
    print(safe_div(0.0, 0.0))
    print(safe_div(1.0, 4.0))
    print(safe_floordiv(7.0, 0.0))
    print(safe_floordiv(7.0, 2.0))
    print(safe_mod(7.0, 0.0))
    print(safe_mod(-7.0, 2.0))
    print(int_truediv(1, 0))
    print(int_truediv(9, 3))
    print(int_truediv(-9, 4))
    n = 0
    for d in [2.0, 0.0, 4.0, 0.0]:
        try:
            print(10.0 / d)
        except ArithmeticError:
            n += 1
            print("arith error", n)
    try:
        print(1.5 / 0)
    except ZeroDivisionError as e:
        print("mixed:", e)
    try:
        print(3 % 0.0)
    except ZeroDivisionError as e:
        print("mixed mod:", e)
    return n


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
