"""repr() of an exception built from a value that is not a str shows the
value's repr unquoted (ValueError(5), ValueError([1, 2])), as CPython's
args tuple does; str() shows its str. Also through super().__init__, and
for values whose __str__ and __repr__ differ."""

import sys


class Point:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def __repr__(self) -> str:
        return "Point(" + str(self.x) + ", " + str(self.y) + ")"

    def __str__(self) -> str:
        return "(" + str(self.x) + "|" + str(self.y) + ")"


class Code(Exception):
    def __init__(self, n: int) -> None:
        super().__init__(n)
        self.n = n


class Where(Exception):
    def __init__(self, p: Point) -> None:
        super().__init__(p)


class Named(ValueError):
    pass


def maybe(flag: bool) -> str | None:
    if flag:
        return "text"
    return None


def show(e: BaseException) -> None:
    print(repr(e), "[" + str(e) + "]")


def main(argv: list[str]) -> int:
    show(ValueError(5))
    show(ValueError(-2.5))
    show(ValueError(True))
    show(ValueError(None))
    show(ValueError((1, "a")))
    show(ValueError([1, 2]))
    show(ValueError({"k": 1}))
    show(ValueError(b"by'tes"))
    show(ValueError(Point(1, 2)))
    show(ValueError(maybe(True)))
    show(ValueError(maybe(False)))
    show(ValueError("quoted"))
    show(ValueError(""))
    show(ValueError())
    show(RuntimeError(0))
    show(Named(7))
    show(Code(42))
    show(Where(Point(3, 4)))
    show(KeyError(5))
    show(KeyError("k"))
    show(IndexError(ValueError(1)))
    show(OverflowError(1.5e300))
    errors: list[Exception] = [ValueError(1), TypeError("x"), Code(2), Named(3.25)]
    print(errors)
    print(f"{ValueError(8)!r} {ValueError(9)}")
    print("%r %s" % (ValueError(10), ValueError(11)))
    try:
        raise Code(99)
    except Exception as e:
        show(e)
    try:
        raise ValueError(12)
    except ValueError as e:
        print(repr(e), str(e))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
