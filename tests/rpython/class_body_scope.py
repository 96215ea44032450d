"""A class body is a scope: a class-level value reads the names assigned
before it in the body by their bare names (before module-level names)."""

SIZE = 10
LABEL = "module"


class Grid:
    SIZE = 4
    CELLS = SIZE * SIZE
    NAMES = ["r" + str(i) for i in range(SIZE)]
    LABEL = LABEL + "/grid"
    BORDER = [SIZE, CELLS]
    HALF = CELLS // 2
    SIZE = 5
    AFTER = SIZE + 1


class Sub(Grid):
    OWN = SIZE * 100
    CELLS = 1


def slices() -> None:
    xs = [1, 2, 3, 4, 5]
    xs[1:3] = []
    print(xs)
    words = ["a", "b", "c"]
    words[:] = []
    words[0:0] = []
    print(words, len(words))
    rows: list[list[int]] = [[1, 2], [3]]
    rows[1:] = []
    print(rows)


def main(argv: list[str]) -> int:
    print(Grid.SIZE, Grid.CELLS, Grid.NAMES, Grid.LABEL)
    print(Grid.BORDER, Grid.HALF, Grid.AFTER)
    print(Sub.OWN, Sub.CELLS, Sub.SIZE, Sub.HALF)
    print(SIZE, LABEL)
    slices()
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
