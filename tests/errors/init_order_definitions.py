"""Names used by module-level code itself must be bound before it runs:
a call, an annotation of a `def` (evaluated when the def runs), a class
read inside its own body (bound when its class statement ends)."""

FIRST = compute()


def compute() -> int:
    return 1


def area(s: Square) -> int:
    return s.side * s.side


class Square:
    def __init__(self, side: int) -> None:
        self.side = side


class Table:
    ROWS = [1, 2]
    COUNT = len(Table.ROWS)


def main(argv: list[str]) -> int:
    print(FIRST, area(Square(2)), Table.COUNT)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
