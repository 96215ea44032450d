# Special methods defined only in subclasses (or overridden there) are
# found on the dynamic class, as CPython does, when the static type is a
# base class: ==, !=, hash, truth tests, len-based truth, str, repr, and
# the containers built on them (in, index, count, dict and set keys,
# container reprs).


class A:
    def __init__(self, v: int) -> None:
        self.v = v


class B(A):
    def __eq__(self, other: A) -> bool:
        return self.v % 10 == other.v % 10

    def __hash__(self) -> int:
        return self.v % 10

    def __bool__(self) -> bool:
        return self.v > 100

    def __repr__(self) -> str:
        return "B(" + str(self.v) + ")"


class C(A):
    def __len__(self) -> int:
        return self.v

    def __str__(self) -> str:
        return "C" + str(self.v)


class D(C):
    def __bool__(self) -> bool:
        return True

    def __repr__(self) -> str:
        return "D!"


class E(B):
    pass


class P:
    def __init__(self, v: int) -> None:
        self.v = v

    def __eq__(self, other: "P") -> bool:
        # Asymmetric on purpose: shows which operand's method runs.
        return self.v <= other.v

    def __hash__(self) -> int:
        return 0


class Q(P):
    pass


class R(Q):
    def __eq__(self, other: P) -> bool:
        return other.v == 42


def show(xs: list[A]) -> None:
    for x in xs:
        print(bool(x), "t" if x else "f", not x, str(x) if isinstance(x, (B, C)) else "-")


def main(argv: list[str]) -> int:
    x: A = B(1)
    y: A = A(11)
    z: A = A(2)
    print(x == y, x != y, y == x, y != x, x == z, z == x)
    print([x] == [y], x in [y], y in [x], z in [x], [y, z].index(x), [y, x, z, y].count(x))
    print(y == y, y == z, y != z)
    show([B(1), B(101), C(0), C(3), D(0), A(0), E(500)])
    s = {x, B(11), B(21), E(2)}
    print(len(s))
    d: dict[A, str] = {}
    d[B(5)] = "b5"
    d[E(15)] = "e15"
    print(len(d), d[B(25)])
    print(hash(x), hash(B(7)), hash(E(27)))
    print(repr(x), [x, E(3)], str(x), f"{x}", D(1), [D(1)], str(C(4)), repr(D(4)))
    cs: list[C] = [C(1), D(2)]
    print(cs[0], cs[1], bool(cs[0]), bool(C(0)), bool(D(0)))
    t: dict[str, A] = {"k": E(9)}
    print(t)
    p: P = P(1)
    q: P = Q(0)
    r: P = R(0)
    print(p == q, q == p, p == P(0), P(0) == p, q == Q(1), Q(1) == q)
    print(p == r, r == p, R(42) == p, p == R(42), r == R(42), R(42) == r)
    print(p != q, q != p, p in [q], q in [p])
    # Operands of different static classes.
    b: B = B(1)
    e: E = E(11)
    print(b == y, y == b, b == e, e == b, y != e, A(1) == b, b == A(1))
    rr: R = R(0)
    print(rr == P(42), P(42) == rr, Q(1) == rr, rr == Q(42))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
