class Point:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def __repr__(self) -> str:
        return f"Point({self.x}, {self.y})"

    def __str__(self) -> str:
        return f"({self.x}, {self.y})"


class Tag:
    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return "<" + self.name + ">"


def main(argv: list[str]) -> int:
    p = Point(1, -2)
    print(p)
    print(str(p), repr(p))
    print(f"{p} {p!r} {p!s}")
    print("%s %r" % (p, p))
    print([p, Point(0, 0)])
    print((p, 1))
    t = Tag("b")
    print(t, str(t), repr(t), f"{t}", [t])
    d = {"origin": Point(0, 0)}
    print(d)
    print("value: " + str(p) + " / " + repr(t))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
