# An attribute annotated with a base class and given a subclass instance;
# `None` stored into an optional attribute through an indexed receiver.


class Root:
    def __init__(self, tag: str) -> None:
        self.tag = tag


class Null(Root):
    def __init__(self) -> None:
        Root.__init__(self, "null")


class Space:
    def __init__(self) -> None:
        self.w_null: Null = Null()


class Engine:
    def __init__(self, space: Space) -> None:
        self.space: Space = space
        self.w_null: Root = space.w_null


class Cell:
    def __init__(self, v: Root | None) -> None:
        self.v: Root | None = v


def main(argv: list[str]) -> int:
    e = Engine(Space())
    print(e.w_null.tag, isinstance(e.w_null, Null))
    cells = [Cell(Root("a")), Cell(None)]
    i = 0
    cells[i].v = None
    cells[i + 1].v = Root("b")
    for c in cells:
        v = c.v
        print("empty" if v is None else v.tag)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
