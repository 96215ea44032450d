# Programs whose initializers assign every attribute before it can be
# read (the translator rejects the others, where CPython would raise
# AttributeError): method calls on `self` that read only attributes
# already assigned, a base initializer calling a method the subclass
# overrides, `self` stored by a new object, assignments in every branch.


class Node:
    def __init__(self, owner: "Tree", label: str) -> None:
        self.owner = owner
        self.label = label


class Tree:
    def __init__(self, name: str, size: int) -> None:
        self.name = name
        self.title = self.make_title()
        self.root = Node(self, "root")
        if size > 3:
            self.kind = "big"
        elif size > 1:
            self.kind = "medium"
        else:
            self.kind = "small"
        try:
            self.ratio = 10 // size
        except ZeroDivisionError:
            self.ratio = -1
        self.count = 0
        for _ in range(size):
            self.count += 1
        self.report()

    def make_title(self) -> str:
        return self.name.upper()

    def report(self) -> None:
        print(self.title, self.root.label, self.root.owner.name, self.kind, self.ratio, self.count)


class Shape:
    def __init__(self, sides: int) -> None:
        self.sides = sides
        self.desc = self.describe()

    def describe(self) -> str:
        return "shape with " + str(self.sides) + " sides"


class Square(Shape):
    def __init__(self, side: int) -> None:
        self.side = side
        super().__init__(4)
        self.area = side * side

    def describe(self) -> str:
        return "square of side " + str(self.side)


class Tri(Shape):
    def __init__(self) -> None:
        super().__init__(3)
        self.color = "red"


class Plain(Tri):
    pass


def main(argv: list[str]) -> int:
    Tree("oak", 4)
    Tree("fir", 0)
    Tree("elm", 2)
    sq = Square(3)
    print(sq.desc, sq.area)
    t = Plain()
    print(t.desc, t.color)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
