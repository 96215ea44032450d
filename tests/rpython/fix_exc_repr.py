class AppError(Exception):
    pass


def main(argv: list[str]) -> int:
    print(repr(ValueError()))
    print(repr(ValueError("x")))
    print(repr(ValueError("it's")))
    print(repr(KeyError("a")))
    print(repr(KeyError(3)))
    print(repr(KeyError()))
    print(str(KeyError("a")))
    print(repr(RuntimeError()))
    print(repr(AppError()))
    print(repr(AppError("bad")))
    try:
        d: dict[str, int] = {}
        print(d["missing"])
    except KeyError as e:
        print(repr(e))
        print(str(e))
    try:
        xs: list[int] = []
        print(xs[1])
    except IndexError as e:
        print(repr(e))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
