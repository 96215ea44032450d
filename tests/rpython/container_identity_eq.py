# Containers compare items as CPython's PyObject_RichCompareBool does:
# identity first, then ==. An object whose __eq__ is always False is still
# found in a list, counted, removed, equal inside lists/tuples/dicts.


class V:
    def __init__(self, x: int) -> None:
        self.x = x

    def __eq__(self, o: "V") -> bool:
        print("eq", self.x, o.x)
        return False

    def __hash__(self) -> int:
        return self.x

    def __repr__(self) -> str:
        return "V(" + str(self.x) + ")"


class W:
    def __init__(self, x: int) -> None:
        self.x = x

    def __eq__(self, o: "W") -> bool:
        return self.x == o.x

    def __ne__(self, o: "W") -> bool:
        print("ne called")
        return True

    def __lt__(self, o: "W") -> bool:
        return self.x < o.x


def main(argv: list[str]) -> int:
    a = V(1)
    b = V(2)
    xs = [b, a]
    print(a in xs, xs.count(a), xs == [b, a], (a, 1) == (a, 1))
    print(xs.index(a), [a] != [a], (a,) != (a,))
    print([V(5)] == [V(5)])
    xs.remove(a)
    print(xs)
    d: dict[V, int] = {a: 1, b: 2}
    print(a in d, d[a], d == {a: 1, b: 2})
    s = {a, b}
    print(a in s, len(s))
    s.add(a)
    print(len(s))
    e: dict[str, V] = {"k": a}
    print(e == {"k": a})
    # tuples compare items with __eq__, never __ne__
    w1 = W(1)
    print((w1, 2) == (W(1), 2), (W(1), 2) != (W(1), 3), (w1, 1) < (W(1), 2))
    # floats are values: a NaN stored and read back is itself
    nan = float("nan")
    fs = [nan, 1.0]
    print(nan in fs, fs == [nan, 1.0], fs.count(nan), fs.index(nan))
    fd: dict[float, int] = {nan: 1}
    print(nan in fd, fd[nan], len({nan, nan}), (nan, 1) == (nan, 1))
    print(nan == nan, nan != nan, [1.0, 2.0] == [1.0, 2.0], 2.0 in fs)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
