class Shape:
    def __init__(self, name: str) -> None:
        self.name = name

    def area(self) -> int:
        return 0

    def describe(self) -> str:
        return self.name + " with area " + str(self.area())


class Rect(Shape):
    def __init__(self, w: int, h: int) -> None:
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self) -> int:
        return self.w * self.h


class Square(Rect):
    def __init__(self, side: int) -> None:
        super().__init__(side, side)
        self.name = "square"

    def describe(self) -> str:
        return "a " + super().describe()


def main(argv: list[str]) -> int:
    shapes: list[Shape] = [Shape("blob"), Rect(2, 3), Square(4)]
    for s in shapes:
        print(s.describe())
    total = 0
    for s in shapes:
        total += s.area()
    print("total", total)
    return 0

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
