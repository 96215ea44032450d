class Guard:
    def __init__(self, name: str, swallow: bool) -> None:
        self.name = name
        self.swallow = swallow

    def __enter__(self) -> "Guard":
        print("enter", self.name)
        return self

    def __exit__(self, exc_type: object, exc: BaseException | None, tb: object) -> bool:
        if exc is not None:
            print("exit", self.name, "saw", type_name(exc), exc)
            return self.swallow
        print("exit", self.name, "clean")
        return False


def type_name(e: BaseException) -> str:
    if isinstance(e, KeyError):
        return "KeyError"
    if isinstance(e, ValueError):
        return "ValueError"
    return "other"


def main(argv: list[str]) -> int:
    with Guard("swallower", True):
        raise ValueError("ignored")
    print("after swallowed exception")
    try:
        with Guard("passer", False):
            d: dict[str, int] = {}
            print(d["missing"])
        print("not reached")
    except KeyError as e:
        print("propagated:", e)
    try:
        with Guard("outer", False):
            with Guard("inner", True):
                raise ValueError("inner only")
            print("continues in outer")
            raise RuntimeError("from outer")
    except RuntimeError as e:
        print("caught", e)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
