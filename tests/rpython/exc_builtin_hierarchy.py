def raise_it(k: int) -> None:
    if k == 0:
        raise ZeroDivisionError("zd")
    if k == 1:
        raise OverflowError("ov")
    if k == 2:
        raise IndexError("ie")
    if k == 3:
        raise NotImplementedError("ni")
    if k == 4:
        raise RecursionError("re")
    raise TypeError("te")


def main(argv: list[str]) -> int:
    for k in range(6):
        try:
            raise_it(k)
        except ArithmeticError as e:
            print("arith", e)
        except LookupError as e:
            print("lookup", e)
        except RuntimeError as e:
            print("runtime", e)
        except Exception as e:
            print("other", e)
    return 0

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
