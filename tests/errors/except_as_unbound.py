"""CPython deletes the name of `except ... as name` when the handler ends
(even if the variable had a value before the `try`): reading it afterwards
raises UnboundLocalError, so such reads are rejected unless the variable is
assigned again on every path to them."""


def after_handler() -> str:
    e = ValueError("before")
    try:
        raise ValueError("x")
    except ValueError as e:
        print("in", e)
    return str(e)


def after_break(xs: list[str]) -> str:
    err = KeyError("none")
    for x in xs:
        try:
            int(x)
        except ValueError as err:
            break
    return str(err)


def in_outer_handler() -> None:
    e = ValueError("before")
    try:
        try:
            raise ValueError("x")
        except ValueError as e:
            raise KeyError("k")
    except KeyError:
        print(e)


def main(argv: list[str]) -> int:
    print(after_handler())
    print(after_break(["1", "a"]))
    in_outer_handler()
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
