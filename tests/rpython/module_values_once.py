"""Module-level and class-level values are evaluated once, in order, when
the program starts (as CPython runs the module body): mutations are kept,
side effects happen once, identity is preserved."""

from typing import Callable

import modhelper_init_log
from modhelper_init_log import note

FIRST = note("FIRST")

import modhelper_init
from modhelper_init import register

TABLE = [1, 2, 3]
COUNTS: dict[str, int] = {"a": 1}
SEEN: set[int] = set()
SECOND = note("SECOND")
DERIVED = [x * 10 for x in TABLE]
PAIR = (note("PAIR"), "p")
TOTAL = sum(TABLE) + FIRST


class Counter:
    def __init__(self) -> None:
        self.n = 0
        note("Counter()")

    def bump(self) -> int:
        self.n += 1
        return self.n


SHARED = Counter()


class Palette:
    NAMES = ["red", "green"]
    DEFAULT = note("Palette.DEFAULT")

    def add(self, name: str) -> None:
        self.NAMES.append(name)


THIRD = note("THIRD")


def make_list() -> list[int]:
    note("make_list")
    return []


MADE = make_list()
DOUBLE: Callable[[int], int] = lambda x: x * 2


def fact(n: int) -> int:
    return 1 if n <= 1 else n * FACT(n - 1)


FACT: Callable[[int], int] = fact


def bump_shared() -> int:
    return SHARED.bump()


def main(argv: list[str]) -> int:
    print("main starts")
    TABLE.append(4)
    TABLE.append(5)
    print(TABLE, len(TABLE), TABLE is TABLE)
    COUNTS["b"] = 2
    COUNTS["a"] += 5
    print(COUNTS)
    SEEN.add(3)
    SEEN.add(3)
    SEEN.add(1)
    print(sorted(SEEN))
    print(DERIVED, TOTAL, PAIR)
    print(bump_shared(), bump_shared(), SHARED.bump(), SHARED.n)
    p = Palette()
    p.add("blue")
    Palette.NAMES.append("black")
    print(Palette.NAMES, p.NAMES is Palette.NAMES, Palette.DEFAULT)
    MADE.append(7)
    MADE.append(8)
    print(MADE)
    print(FIRST, SECOND, THIRD, modhelper_init.LOADED)
    print(register("x"), register("y"), register("x"))
    print(modhelper_init.REGISTRY)
    modhelper_init.NAMES.append("gamma")
    print(modhelper_init.NAMES)
    print(DOUBLE(4), FACT(5), modhelper_init.TRIPLE(5))
    print(modhelper_init_log.LOG)
    print(len(modhelper_init_log.LOG))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
