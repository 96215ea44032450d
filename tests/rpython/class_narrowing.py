class Shape:
    def area(self) -> float:
        return 0.0


class Circle(Shape):
    def __init__(self, r: float) -> None:
        self.r = r

    def area(self) -> float:
        return 3.0 * self.r * self.r


class Rect(Shape):
    def __init__(self, w: float, h: float) -> None:
        self.w = w
        self.h = h

    def area(self) -> float:
        return self.w * self.h


class Square(Rect):
    def __init__(self, s: float) -> None:
        super().__init__(s, s)
        self.side = s


def describe(s: Shape) -> str:
    if isinstance(s, Square):
        return "square side " + str(s.side)
    elif isinstance(s, Rect):
        return "rect " + str(s.w) + "x" + str(s.h)
    elif isinstance(s, Circle):
        return "circle r=" + str(s.r)
    return "shape"


def radius_or_zero(s: Shape) -> float:
    if not isinstance(s, Circle):
        return 0.0
    return s.r


def main(argv: list[str]) -> int:
    shapes: list[Shape] = [Circle(1.0), Rect(2.0, 3.0), Square(4.0), Shape()]
    for s in shapes:
        print(describe(s), s.area(), radius_or_zero(s))
    for s in shapes:
        print(isinstance(s, Shape), isinstance(s, Rect), isinstance(s, Square), isinstance(s, Circle))
    total = 0.0
    for s in shapes:
        if isinstance(s, Rect) and s.w > 1.0:
            total += s.w
    print(total)
    rects = [s for s in shapes if isinstance(s, Rect)]
    print(len(rects))
    x: Shape = Square(1.5)
    if isinstance(x, Rect):
        print("narrowed", x.h)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
