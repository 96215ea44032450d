"""raise X from Y evaluates X, then Y, then instantiates X when it names
a class, as CPython does (the cause is not kept: only its evaluation is
observable)."""


class Loud(Exception):
    def __init__(self) -> None:
        print("Loud init")
        super().__init__("loud")


def f(tag: str, v: int) -> int:
    print("eval", tag)
    return v


def mk(tag: str) -> ValueError:
    print("make", tag)
    return ValueError(tag)


def main(argv: list[str]) -> int:
    try:
        raise ValueError(str(f("exc", 1))) from KeyError(str(f("cause", 2)))
    except ValueError as e:
        print(repr(e))
    try:
        raise mk("a") from mk("b")
    except ValueError as e:
        print(repr(e))
    try:
        raise Loud from mk("c")
    except Loud as e:
        print(repr(e))
    try:
        raise Loud() from mk("d")
    except Loud as e:
        print(repr(e))
    try:
        try:
            raise mk("inner")
        except ValueError as e:
            raise mk("outer") from e
    except ValueError as e:
        print(repr(e))
    try:
        raise mk("none") from None
    except ValueError as e:
        print(repr(e))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
