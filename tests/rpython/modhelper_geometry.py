"""Helper module for module_* tests: geometry helpers (no main)."""

PI_ISH = 3.0
ORIGIN_NAME = "origin"


class Point:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def __repr__(self) -> str:
        return "Point(" + str(self.x) + ", " + str(self.y) + ")"

    def manhattan(self) -> int:
        return abs(self.x) + abs(self.y)


def add(a: Point, b: Point) -> Point:
    return Point(a.x + b.x, a.y + b.y)


def circle_area(r: float) -> float:
    return PI_ISH * r * r


def origin() -> Point:
    return Point(0, 0)
