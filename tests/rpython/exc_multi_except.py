def risky(n: int) -> int:
    xs = [1, 2, 3]
    d = {"a": 1}
    if n == 0:
        return xs[10]
    if n == 1:
        return d["zz"]
    if n == 2:
        return 10 // (n - 2)
    if n == 3:
        return int("bad")
    if n == 4:
        raise RuntimeError("custom runtime")
    return n


def main(argv: list[str]) -> int:
    for n in range(6):
        try:
            print("value", risky(n))
        except (IndexError, KeyError) as e:
            print("lookup problem:", e)
        except (ZeroDivisionError, ValueError) as e:
            print("math/value problem:", e)
        except Exception as e:
            print("other:", e)
    for n in range(5):
        try:
            risky(n)
        except LookupError:
            print(n, "LookupError")
        except ArithmeticError:
            print(n, "ArithmeticError")
        except BaseException:
            print(n, "BaseException")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
