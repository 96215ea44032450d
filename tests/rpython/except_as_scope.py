# `except E as name` binds the function's variable `name` and deletes it
# when the handler ends (normally, by break/continue or by an exception):
# programs that assign it again before reading it behave as on CPython.


def parse_all(words: list[str]) -> list[int]:
    out: list[int] = []
    for w in words:
        try:
            out.append(int(w))
        except ValueError as e:
            print("bad:", e)
            continue
        finally:
            print("done", w)
    return out


def first_bad(words: list[str]) -> str:
    for w in words:
        try:
            int(w)
        except ValueError as e:
            msg = str(e)
            break
    else:
        msg = "none"
    return msg


def reuse(n: int) -> str:
    e = KeyError("before")
    print("before:", e)
    try:
        if n > 0:
            raise KeyError("raised")
    except KeyError as e:
        print("caught", e)
    e = KeyError("after")
    return str(e)


def sequential() -> None:
    try:
        raise ValueError("one")
    except ValueError as err:
        print(err)
    try:
        raise IndexError("two")
    except IndexError as err:
        print(err)
    err = RuntimeError("three")
    print(err)


def nested() -> None:
    try:
        raise ValueError("outer")
    except ValueError as e:
        try:
            raise KeyError("inner")
        except KeyError as k:
            print("inner", k, "outer", e)
        print("still", e)


def loop_reassign() -> None:
    for i in range(3):
        e = ValueError("fresh " + str(i))
        try:
            if i == 1:
                raise e
        except ValueError as e:
            print("caught", e)
        e = ValueError("reset")
        print(i, e)


def main(argv: list[str]) -> int:
    print(parse_all(["1", "x", "3"]))
    print(first_bad(["1", "y"]), first_bad(["2"]))
    print(reuse(0), reuse(1))
    sequential()
    nested()
    loop_reassign()
    while True:
        try:
            raise ValueError("w")
        except ValueError as e:
            print(e)
            break
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
