"""repr() of exceptions built with an explicit empty message shows it
(`ValueError('')`), unlike exceptions built without arguments
(`ValueError()`); str() is empty for both."""


class AppError(Exception):
    pass


class CodedError(Exception):
    def __init__(self, text: str, code: int) -> None:
        super().__init__(text)
        self.code = code


class BareError(Exception):
    def __init__(self) -> None:
        super().__init__()


def show(e: BaseException) -> None:
    print(repr(e), "[" + str(e) + "]", f"<{e}>", "%s|%r" % (e, e), len(str(e)))


def main(argv: list[str]) -> int:
    show(ValueError(""))
    show(ValueError())
    show(ValueError("x"))
    show(RuntimeError(""))
    show(TypeError(""))
    show(IndexError(""))
    show(KeyError(""))
    show(KeyError())
    show(Exception(""))
    show(AppError(""))
    show(AppError())
    show(CodedError("", 3))
    show(CodedError("bad", 4))
    show(BareError())
    empty = "abc"[3:]
    show(OSError(empty))
    show(ZeroDivisionError(empty + ""))
    errors: list[Exception] = [ValueError(""), ValueError(), AppError(""), KeyError("")]
    print(errors)
    for e in errors:
        print(repr(e), bool(str(e)))
    try:
        raise ValueError("")
    except ValueError as e:
        print("caught", repr(e), str(e) == "")
    try:
        raise ValueError
    except ValueError as e:
        print("caught class", repr(e), str(e) == "")
    try:
        raise CodedError("", 7)
    except CodedError as e:
        print("coded", repr(e), e.code)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
