"""`except ... as e` binds the function's variable `e`: a closure that
captures `e` would see the exception in the handler and no value after it.
The translator keeps the handler's binding separate, so it rejects a
handler name that a closure or `nonlocal` shares."""

from typing import Callable


def captured() -> None:
    e = ValueError("before")
    f: Callable[[], str] = lambda: str(e)
    try:
        raise ValueError("x")
    except ValueError as e:
        print("in", f())


def outer() -> Callable[[], str]:
    e = KeyError("k")

    def inner() -> str:
        nonlocal e
        try:
            raise KeyError("j")
        except KeyError as e:
            pass
        return "done"
    return inner


def main(argv: list[str]) -> int:
    captured()
    print(outer()())
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
