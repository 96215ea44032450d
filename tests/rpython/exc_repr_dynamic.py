# repr() of an exception names its dynamic class, whatever the static type
# of the variable holding it.


class AppError(Exception):
    def __init__(self, msg: str, code: int) -> None:
        super().__init__(msg)
        self.code = code


class DeepError(AppError):
    pass


def fail(k: int) -> None:
    if k == 0:
        raise OverflowError("too big")
    if k == 1:
        raise ZeroDivisionError("division by zero")
    if k == 2:
        raise KeyError("missing")
    if k == 3:
        raise DeepError("deep", 7)
    if k == 4:
        raise AppError("app", 1)
    raise ValueError("plain")


def main(argv: list[str]) -> int:
    for k in range(6):
        try:
            fail(k)
        except ArithmeticError as e:
            print("arith", repr(e))
        except LookupError as e:
            print("lookup", repr(e))
        except Exception as e:
            print("other", repr(e), str(e))
    errs: list[Exception] = [KeyError(3), IndexError("i"), DeepError("d", 1), RuntimeError("r")]
    for x in errs:
        print(repr(x))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
