class Node:
    def __init__(self, v: int) -> None:
        self.v = v


def value(n: Node) -> int:
    return n.v


class Base:
    def __init__(self) -> None:
        self.x: Node | None = None

    def clear(self) -> None:
        # Runs `__init__` again on an existing object.
        Base.__init__(self)

    def run(self) -> int:
        self.x = Node(1)
        if self.x is not None:
            self.clear()
            return value(self.x)
        return 0


class Derived(Base):
    def __init__(self) -> None:
        self.x = Node(2)
        n = 0
        if self.x is not None:
            super().__init__()
            n = value(self.x)
        print(n)


def main(argv: list[str]) -> int:
    print(Base().run())
    Derived()
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv))
