# A class whose body defines __eq__ without __hash__ is unhashable (CPython
# sets its __hash__ to None): hash(), dict keys and set members raise
# TypeError naming the dynamic class; a subclass defining __hash__ is
# hashable again; lists still compare with __eq__.


class P:
    def __init__(self, x: int) -> None:
        self.x = x

    def __eq__(self, o: "P") -> bool:
        return self.x == o.x


class Q(P):
    def __hash__(self) -> int:
        return self.x


class R(Q):
    def __eq__(self, o: P) -> bool:
        return self.x + 1 == o.x


class S(R):
    pass


class A:
    pass


class B(A):
    def __eq__(self, o: A) -> bool:
        return True


class C(B):
    pass


def try_hash(p: P) -> None:
    try:
        print(hash(p))
    except TypeError as e:
        print("TypeError", e)


def try_key(a: A) -> None:
    try:
        d: dict[A, int] = {}
        d[a] = 1
        print(len(d), a in d)
    except TypeError as e:
        print("TypeError", e)
    try:
        s: set[A] = set()
        s.add(a)
        print(len(s))
    except TypeError as e:
        print("TypeError", e)


def main(argv: list[str]) -> int:
    try:
        d: dict[P, int] = {}
        d[P(1)] = 1
        d[P(1)] = 2
        print(len(d))
    except TypeError as e:
        print("TypeError", e)
    try:
        s: set[P] = set()
        s.add(P(1))
        print(len(s))
    except TypeError as e:
        print("TypeError", e)
    for p in [P(1), Q(2), R(3), S(4)]:
        try_hash(p)
    qs: set[Q] = {Q(5), Q(5)}
    print(len(qs), Q(5) in qs)
    try:
        print(R(3) in qs)
    except TypeError as e:
        print("TypeError", e)
    try_key(A())
    try_key(B())
    try_key(C())
    print(P(1) in [P(2), P(1)], [P(1)] == [P(1)], [P(3)].index(P(3)))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
