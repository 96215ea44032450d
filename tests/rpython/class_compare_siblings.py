# Instances of sibling classes compare through their common base's
# methods, looked up on the run-time classes (reflected first for a
# proper subclass on the right).


class A:
    def __init__(self, v: int) -> None:
        self.v = v

    def __lt__(self, other: "A") -> bool:
        print("A.__lt__", self.v, other.v)
        return self.v < other.v

    def __eq__(self, other: "A") -> bool:
        print("A.__eq__", self.v)
        return self.v == other.v

    def __hash__(self) -> int:
        return self.v


class B(A):
    pass


class C(A):
    def __gt__(self, other: "A") -> bool:
        print("C.__gt__", self.v, other.v)
        return self.v > other.v


class D(C):
    def __eq__(self, other: "A") -> bool:
        print("D.__eq__", self.v)
        return False


class P:
    def __init__(self, v: int) -> None:
        self.v = v

    def __lt__(self, other: "P") -> bool:
        print("P.__lt__", self.v, other.v)
        return self.v < other.v


class Q(P):
    pass


class R(P):
    pass


def only_lt(q: Q, r: R, p: P) -> None:
    # `>` without `__gt__`: the right operand's `__lt__`.
    print(q > r, r > q, q > p, p > q)


def main(argv: list[str]) -> int:
    only_lt(Q(1), R(2), P(3))
    b = B(2)
    c = C(3)
    d = D(3)
    print(b < c, c > b, b == c, c != b)
    print(b < d, d == c, c == d, b != d)
    print(sorted([C(5), C(1), D(4)], key=lambda x: x.v)[0].v)
    return 0


if __name__ == "__main__":
    main([])
