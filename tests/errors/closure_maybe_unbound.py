"""A variable a nested function or lambda captures lives in a cell made at
function entry, but must still be assigned on every path to where the
closure is made (CPython raises NameError when the closure reads it), and
to every read of it in its own function (UnboundLocalError)."""

from typing import Callable


def make(flag: bool) -> Callable[[], int]:
    if flag:
        n = 5

    def get() -> int:
        return n
    return get


def make2(flag: bool) -> Callable[[], str]:
    for i in range(3 if flag else 0):
        s = "x" * i
    return lambda: s


def own_read(flag: bool) -> int:
    if flag:
        count = 1
        f: Callable[[], int] = lambda: count * 10
        print(f())
    return count


def main(argv: list[str]) -> int:
    print(make(True)())
    print(make2(True)())
    print(own_read(True))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
