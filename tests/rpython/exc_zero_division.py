def fdiv(a: int, b: int) -> str:
    try:
        return str(a // b)
    except ZeroDivisionError as e:
        return "ZeroDivisionError: " + str(e)


def fmod(a: int, b: int) -> str:
    try:
        return str(a % b)
    except ZeroDivisionError as e:
        return "ZeroDivisionError: " + str(e)


def tdiv(a: int, b: int) -> str:
    try:
        return str(a / b)
    except ZeroDivisionError as e:
        return "ZeroDivisionError: " + str(e)


def main(argv: list[str]) -> int:
    print(fdiv(7, 2), fdiv(-7, 2), fdiv(7, -2), fdiv(7, 0))
    print(fmod(7, 3), fmod(-7, 3), fmod(7, -3), fmod(7, 0))
    print(tdiv(7, 2), tdiv(7, 0))
    try:
        q, r = divmod(5, 0)
        print(q, r)
    except ZeroDivisionError as e:
        print("divmod:", e)
    try:
        print(divmod(5.0, 0.0))
    except ZeroDivisionError as e:
        print("float divmod:", e)
    errors = 0
    for d in [1, 0, 2, 0, 3]:
        try:
            print(60 // d)
        except ArithmeticError:
            errors += 1
    print("errors", errors)
    x = 0
    return 10 // x


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
