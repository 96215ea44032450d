class Base:
    def __init__(self, name: str) -> None:
        self.name = name
        self.log: list[str] = ["Base.__init__"]

    def greet(self) -> str:
        return "Base(" + self.name + ")"

    def kind(self) -> str:
        return "base"

    def describe(self) -> str:
        return self.kind() + ":" + self.greet()


class Middle(Base):
    def __init__(self, name: str, level: int) -> None:
        super().__init__(name)
        self.level = level
        self.log.append("Middle.__init__")

    def greet(self) -> str:
        return "Middle[" + super().greet() + "]"

    def kind(self) -> str:
        return "middle"


class Leaf(Middle):
    def __init__(self) -> None:
        super().__init__("leaf", 2)
        self.log.append("Leaf.__init__")

    def greet(self) -> str:
        return "Leaf{" + super().greet() + "}"


def main(argv: list[str]) -> int:
    objs: list[Base] = [Base("b"), Middle("m", 1), Leaf()]
    for o in objs:
        print(o.describe())
        print(o.log)
    leaf = Leaf()
    print(leaf.level, leaf.name, leaf.kind())
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
