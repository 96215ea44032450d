class Node:
    def __init__(self, v: int) -> None:
        self.v = v


def value(n: Node) -> int:
    return n.v


class Holder:
    def __init__(self) -> None:
        self.x: Node | None = Node(1)

    def reset(self) -> None:
        self.x = None

    def run(self) -> int:
        if self.x is not None:
            self.reset()
            return value(self.x)
        return 0


class Child:
    def __init__(self) -> None:
        self.x: Node | None = None


class Parent:
    def __init__(self) -> None:
        self.child = Child()
        self.child.x = Node(2)

    def swap(self) -> None:
        # `x` is never set to None here, but a new child starts with None.
        self.child = Child()

    def run(self) -> int:
        if self.child.x is not None:
            self.swap()
            return value(self.child.x)
        return 0


class Base:
    def __init__(self) -> None:
        self.x: Node | None = Node(3)

    def hook(self) -> None:
        pass

    def run(self) -> int:
        if self.x is not None:
            # An override may reset `x`.
            self.hook()
            return value(self.x)
        return 0


class Derived(Base):
    def hook(self) -> None:
        self.x = None


def main(argv: list[str]) -> int:
    print(Holder().run())
    print(Parent().run())
    print(Derived().run())
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv))
