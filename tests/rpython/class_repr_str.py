class Vec:
    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def __repr__(self) -> str:
        return "Vec(" + repr(self.x) + ", " + repr(self.y) + ")"

    def __str__(self) -> str:
        return "<" + str(self.x) + ", " + str(self.y) + ">"

    def add(self, o: "Vec") -> "Vec":
        return Vec(self.x + o.x, self.y + o.y)


class Named:
    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return "Named(" + repr(self.name) + ")"


class Loud(Named):
    def __repr__(self) -> str:
        return "Loud(" + self.name.upper() + ")"


class OnlyStr:
    def __str__(self) -> str:
        return "only-str"


def main(argv: list[str]) -> int:
    v = Vec(1.5, -2.0)
    print(v)
    print(str(v), repr(v))
    print([v, v.add(v)])
    print((v, 3))
    print({"k": v})
    n = Named("it's")
    print(n, str(n), repr(n), [n])
    items: list[Named] = [Named("a"), Loud("b")]
    print(items)
    for it in items:
        print(it, repr(it))
    print(OnlyStr(), str(OnlyStr()))
    s = "v=" + str(v) + " n=" + repr(n)
    print(s)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
