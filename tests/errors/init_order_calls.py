"""Module-level code runs in order when the program starts: a function
called from a module-level value may not use a name that is bound later
(CPython raises NameError there)."""


def early() -> int:
    return helper() + LIMIT


def helper() -> int:
    return 1


TOTAL = early()
LIMIT = 10


class Registry:
    def __init__(self) -> None:
        self.names = make_names()


def make_names() -> list[str]:
    return [Entry.PREFIX + "a"]


DEFAULT = Registry()


class Entry:
    PREFIX = "entry:"


def main(argv: list[str]) -> int:
    print(TOTAL, DEFAULT.names, late())
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))


def late() -> int:
    return 2
