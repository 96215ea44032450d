# Inside `__exit__`, `exc_type is None` and `tb is None` (and `is not None`) are True exactly when no
# exception is passed: on normal exit, return, break, swallowed and re-raised exceptions, nesting.
class Sw:
    def __init__(self, name: str, swallow: bool) -> None:
        self.name = name
        self.swallow = swallow

    def __enter__(self) -> "Sw":
        print("enter", self.name)
        return self

    def __exit__(self, exc_type: object, exc: BaseException | None, tb: object) -> bool:
        print("exit", self.name, repr(exc), exc_type is None, tb is None, exc_type is not None,
              tb is not None)
        if exc_type is not None and isinstance(exc, KeyError):
            print("  KeyError seen")
        return self.swallow and exc_type is not None


class Quiet:
    def __enter__(self) -> int:
        return 7

    def __exit__(self, et: object, e: BaseException | None, t: object) -> None:
        if et is None:
            print("quiet: clean exit")
        else:
            print("quiet: exception", repr(e), t is not None)


def early(n: int) -> int:
    with Sw("early", False):
        if n > 0:
            return n
    return -1


def main(argv: list[str]) -> int:
    with Sw("a", True):
        raise ValueError("x")
    with Sw("b", True):
        print("body b")
    with Sw("c", True):
        raise KeyError("k")
    try:
        with Sw("d", False):
            raise IndexError("i")
    except IndexError as e:
        print("caught", repr(e))
    print(early(3))
    for i in range(3):
        with Sw("loop" + str(i), True):
            if i == 1:
                break
            if i == 0:
                continue
    with Sw("outer", True), Sw("inner", False):
        raise RuntimeError("nested")
    try:
        with Quiet() as q:
            print("q", q)
        with Quiet():
            raise ZeroDivisionError("z")
    except ZeroDivisionError:
        print("zde")
    s = Sw("manual", True)
    print(s.__exit__(None, None, None))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
