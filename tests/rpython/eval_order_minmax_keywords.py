"""Keyword arguments of min/max/sorted/list.sort are evaluated in the
order written (default= before key= when written so), and range
arguments left to right, as on CPython."""

from typing import Callable


def f(tag: str, v: int) -> int:
    print("eval", tag)
    return v


def k(tag: str) -> Callable[[int], int]:
    print("eval", tag)
    return lambda x: -x


def b(tag: str, v: bool) -> bool:
    print("eval", tag)
    return v


def main(argv: list[str]) -> int:
    xs = [1, 3, 2]
    print(min(xs, default=f("default", 0), key=k("key")))
    print(max(xs, key=k("key2"), default=f("default2", 0)))
    print(sorted(xs, reverse=b("rev", True), key=k("key3")))
    ys = [4, 6, 5]
    ys.sort(reverse=b("rev2", False), key=k("key4"))
    print(ys)
    print(f("in", 3) in range(f("r1", 0), f("r2", 5), f("r3", 1)), len(range(f("l1", 0), f("l2", 9), f("l3", 2))))
    print(list(range(f("a", 1), f("b", 4))))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
