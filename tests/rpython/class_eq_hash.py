class Point:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def __eq__(self, other: "Point") -> bool:
        return self.x == other.x and self.y == other.y

    def __hash__(self) -> int:
        return hash((self.x, self.y))

    def __repr__(self) -> str:
        return f"Point({self.x}, {self.y})"


class Plain:
    def __init__(self, v: int) -> None:
        self.v = v


def main(argv: list[str]) -> int:
    a = Point(1, 2)
    b = Point(1, 2)
    c = Point(2, 1)
    print(a == b, a == c, a != b, a != c, a is b, a is a)
    print(hash(a) == hash(b))
    pts = [Point(0, 0), Point(1, 2), Point(3, 4)]
    print(b in pts, c in pts, pts.index(Point(3, 4)), pts.count(Point(0, 0)))
    pts.remove(Point(1, 2))
    print(pts)
    visited: set[Point] = set()
    for p in [Point(1, 1), Point(2, 2), Point(1, 1), a, b]:
        visited.add(p)
    print(len(visited), Point(2, 2) in visited, Point(9, 9) in visited)
    where: dict[Point, str] = {}
    where[a] = "first"
    where[b] = "second"
    print(len(where), where[Point(1, 2)], where)
    p1 = Plain(1)
    p2 = Plain(1)
    print(p1 == p2, p1 == p1, p1 != p2, p1 is p1, p1 is not p2)
    plains = [p1]
    print(p1 in plains, p2 in plains)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
