class Shape:
    def __init__(self, name: str) -> None:
        self.name = name

    def area(self) -> int:
        return 0


class Square(Shape):
    def __init__(self, side: int) -> None:
        super().__init__("square")
        self.side = side

    def area(self) -> int:
        return self.side * self.side


def main(argv: list[str]) -> int:
    s: Shape = Square(3)
    print(s.name, s.area())
    return 0

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
