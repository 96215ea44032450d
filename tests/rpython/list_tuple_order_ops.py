# <, <=, >, >= on lists, fixed and homogeneous tuples: the first pair of items differing by `==`
# (each `__eq__` call in order) is compared with the same operator (`__le__` for `<=`, NaN items).
class K:
    def __init__(self, v: int) -> None:
        self.v = v

    def __eq__(self, o: "K") -> bool:
        print("  eq", self.v, o.v)
        return self.v == o.v

    def __lt__(self, o: "K") -> bool:
        print("  lt", self.v, o.v)
        return self.v < o.v

    def __le__(self, o: "K") -> bool:
        print("  le", self.v, o.v)
        return self.v <= o.v

    def __gt__(self, o: "K") -> bool:
        print("  gt", self.v, o.v)
        return self.v > o.v

    def __ge__(self, o: "K") -> bool:
        print("  ge", self.v, o.v)
        return self.v >= o.v


class Lo:
    # only __lt__: `a > b` falls back to the reflected `b.__lt__(a)`
    def __init__(self, v: int) -> None:
        self.v = v

    def __lt__(self, o: "Lo") -> bool:
        print("  Lo.lt", self.v, o.v)
        return self.v < o.v


def ks(vs: list[int]) -> list[K]:
    return [K(v) for v in vs]


def main(argv: list[str]) -> int:
    pairs: list[tuple[list[int], list[int]]] = [([1, 2], [1, 3]), ([1, 3], [1, 2]), ([1, 2], [1, 2]), ([1], [1, 2]), ([1, 2], [1]),
             ([], []), ([2], [1, 5])]
    for p in pairs:
        x = ks(p[0])
        y = ks(p[1])
        print(p[0], p[1])
        print(" <", x < y)
        print(" <=", x <= y)
        print(" >", x > y)
        print(" >=", x >= y)
    a = K(1)
    b = K(1)
    print("fixed tuples")
    print((0, a) <= (0, b), (0, a) >= (0, b), (0, a) > (0, b), (0, a) < (0, b))
    print((a, 1) <= (b, 2), (a, 3) > (b, 2), (K(1), K(2)) >= (K(1), K(3)))
    print("homogeneous tuples")
    ta: tuple[K, ...] = (a, K(2))
    tb: tuple[K, ...] = (b, K(2), K(0))
    print(ta <= tb, ta >= tb, ta > tb, ta < tb)
    print("nested")
    print([[a]] <= [[b]], [(1, a)] >= [(1, b)], [[K(1), K(2)]] > [[K(1)]])
    print("reflected")
    print([Lo(1)] > [Lo(2)], [Lo(3)] > [Lo(2)], (Lo(1), 0) > (Lo(0), 0))
    nan = float("nan")
    print("floats")
    fs: list[list[float]] = [[1.0, nan], [1.0, 2.0], [nan], [0.5], [], [1.0]]
    for f in fs:
        line: list[str] = []
        for g in fs:
            if f is not g:
                line.append(str((f < g, f <= g, f > g, f >= g)))
        print(f, " ".join(line))
    print((nan,) <= (1.0,), (nan,) >= (1.0,), (1.0, nan) <= (1.0, 2.0), (1.0, nan) > (1.0, 2.0))
    print((1, nan) < (1, 0.0), (1, nan) >= (1, 0.0), (2, nan) > (1, 0.0))
    hf: tuple[float, ...] = (1.0, nan)
    hg: tuple[float, ...] = (1.0, 3.0)
    print(hf < hg, hf <= hg, hf > hg, hf >= hg)
    print("ints and strs")
    print([1, 2] <= [1, 2], [1, 2] >= [1, 2, 0], [3] > [2, 9], ["a", "b"] <= ["a", "a"], ("a", 1) >= ("a", 1))
    print([[1, 2], [3]] < [[1, 2], [3, 0]], [(1, "b")] <= [(1, "a")], (1, (2, 3)) > (1, (2, 2)))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
