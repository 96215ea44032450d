"""repr() and str() of exceptions raised by operations (CPython shows all
constructor arguments: the five of UnicodeDecodeError/UnicodeEncodeError,
errno and text of the float ** overflow), and of builtin exceptions built
with several arguments."""


class MyError(ValueError):
    pass


def show(e: BaseException) -> None:
    print(repr(e), "[" + str(e) + "]")


def side(tag: str, n: int) -> int:
    print("eval", tag)
    return n


def main(argv: list[str]) -> int:
    for data in [b"\xff", b"ab\xc3", b"\xe0\x80x", b"a\x80\x81b"]:
        try:
            data.decode()
        except UnicodeDecodeError as e:
            show(e)
    try:
        b"a\xe9".decode("ascii")
    except UnicodeDecodeError as e:
        show(e)
    for s in ["\xe9", "ab\u20ac\u20acc", "x\U0001f600"]:
        try:
            s.encode("ascii")
        except UnicodeEncodeError as e:
            show(e)
    try:
        "caf\xe9\u0100".encode("latin-1")
    except UnicodeEncodeError as e:
        show(e)
    try:
        print(10.0 ** 400)
    except OverflowError as e:
        show(e)
    try:
        x = -1.5e300
        print(x ** 3.0)
    except ArithmeticError as e:
        show(e)
    try:
        raise UnicodeDecodeError("utf-8", b"\x00\xfe", 1, 2, "custom")
    except ValueError as e:
        show(e)
    show(ValueError("a", 1))
    show(ValueError(side("first", 1), side("second", 2), None))
    show(MyError(2.5, [1, 2], "q'uote", b"b"))
    show(Exception((1,), ""))
    show(OverflowError(34, "Numerical result out of range"))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
