"""Set methods named after the operators (union, intersection, difference,
symmetric_difference, issubset, issuperset, and the *_update forms) give
the operators' items in CPython's order, and an operator with the same set
on both sides (s | s, s & s) is CPython's copy, whose table, and so order,
differs from a merge's."""


def main(argv: list[str]) -> int:
    s = {1, 2, 3, 40, 17}
    t = {3, 4, 17, 33}
    print(s.union(t), s.intersection(t), s.difference(t), s.symmetric_difference(t))
    print(t.union(s), t.intersection(s), t.difference(s), t.symmetric_difference(s))
    print(s.issubset(t), s.issubset(s | t), s.issuperset({1, 2}), s.issuperset(t))
    u = s.copy()
    u.intersection_update(t)
    v = s.copy()
    v.difference_update(t)
    w = s.copy()
    w.symmetric_difference_update(t)
    print(u, v, w, s)
    print(s | s, s & s, s.union(s), s.intersection(s), s - s, s ^ s)
    a = {1, 2, 3, 40, 17}
    a |= a
    b = {1, 2, 3, 40, 17}
    b &= b
    c = {1, 2, 3, 40, 17}
    c.update(c)
    print(a, b, c)
    for x in [s | s, s & s, s - s, s ^ s, s.union(s)]:
        x.add(33)
        x.add(9)
        print(x)
    names = {"b", "a"}
    print(sorted(names.union({"c"})), names.issubset({"a", "b", "z"}))
    e: set[int] = set()
    print(e.union(e), e.issubset(s), s.issuperset(e), e.symmetric_difference(s))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
