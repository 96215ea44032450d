"""Module-level values are evaluated in order when the program starts: one
may not read a value assigned after it."""

FIRST = SECOND + [1]
SECOND = [2]
NOTHING = print("x")


class Table:
    ROWS = Table.COLS * 2
    COLS = [3]


def main(argv: list[str]) -> int:
    print(FIRST, NOTHING, Table.ROWS)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
