# Ordering comparisons of instances: when the right operand's class is a
# proper subclass of the left one's and has the reflected method, CPython
# calls that first (b.__gt__(a) for a < b); otherwise the left one's.


class Base:
    def __init__(self, v: int) -> None:
        self.v = v

    def __lt__(self, other: "Base") -> bool:
        print("Base.__lt__", self.v, other.v)
        return self.v < other.v

    def __gt__(self, other: "Base") -> bool:
        print("Base.__gt__", self.v, other.v)
        return self.v > other.v

    def __le__(self, other: "Base") -> bool:
        print("Base.__le__", self.v, other.v)
        return self.v <= other.v


class Mid(Base):
    def __gt__(self, other: "Base") -> bool:
        print("Mid.__gt__", self.v, other.v)
        return True


class Leaf(Mid):
    def __lt__(self, other: "Base") -> bool:
        print("Leaf.__lt__", self.v, other.v)
        return False

    def __ge__(self, other: "Base") -> bool:
        print("Leaf.__ge__", self.v, other.v)
        return False


class Other(Base):
    pass


def cmp(a: Base, b: Base) -> None:
    print(a < b, a > b, a <= b)


def main(argv: list[str]) -> int:
    xs: list[Base] = [Base(1), Mid(2), Leaf(3), Other(4)]
    for a in xs:
        for b in xs:
            print("--", a.v, b.v)
            cmp(a, b)
    m = Mid(5)
    l = Leaf(6)
    print(m < l, l < m, m > l)
    ys: list[Base] = [Leaf(3), Base(9), Mid(1), Other(0)]
    print(max(ys).v, min(ys).v)
    return 0


if __name__ == "__main__":
    main([])
