# list.sort / sorted follow CPython 3.11 timsort exactly: the same `<` calls (logged and
# printed) and the same result for inconsistent orders (NaNs), with key= and reverse=True.
_log: list[str] = []


class Rng:
    def __init__(self, seed: int) -> None:
        self.state = seed

    def next(self, bound: int) -> int:
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 8) % bound


class Item:
    def __init__(self, v: int, tag: int) -> None:
        self.v = v
        self.tag = tag

    def __lt__(self, other: "Item") -> bool:
        _log.append(str(self.tag) + "<" + str(other.tag))
        return self.v < other.v

    def __repr__(self) -> str:
        return "I" + str(self.tag)


class Loud:
    def __init__(self, v: float, name: str) -> None:
        self.v = v
        self.name = name

    def __lt__(self, other: "Loud") -> bool:
        print("  lt", self.name, other.name)
        return self.v < other.v

    def __repr__(self) -> str:
        return self.name


class Bomb:
    def __init__(self, v: int) -> None:
        self.v = v

    def __lt__(self, other: "Bomb") -> bool:
        _log.append("b")
        if len(_log) == 40:
            raise ValueError("boom at 40")
        return self.v < other.v


def checksum(log: list[str]) -> int:
    h = 7
    for s in log:
        for c in s:
            h = (h * 31 + ord(c)) % 1000000007
        h = (h * 31 + 59) % 1000000007
    return h


def floats(r: Rng, n: int) -> list[float]:
    nan = float("nan")
    out: list[float] = []
    for i in range(n):
        k = r.next(10)
        if k < 2:
            out.append(nan)
        elif k < 4:
            out.append(float(r.next(7)))
        else:
            out.append(r.next(100000) / 1000.0)
    return out


def items(r: Rng, n: int, kind: int) -> list[Item]:
    out: list[Item] = []
    i = 0
    while i < n:
        if kind == 0:
            out.append(Item(r.next(1000), i))
            i += 1
        elif kind == 1:
            out.append(Item(r.next(6), i))
            i += 1
        else:
            # ascending / descending blocks
            ln = 1 + r.next(120)
            base = r.next(1000)
            desc = r.next(2) == 0
            j = 0
            while j < ln and i < n:
                if desc:
                    out.append(Item(base - j, i))
                else:
                    out.append(Item(base + j, i))
                j += 1
                i += 1
    return out


def tags(xs: list[Item]) -> str:
    parts: list[str] = []
    for x in xs:
        parts.append(str(x.tag))
    return ",".join(parts)


def main(argv: list[str]) -> int:
    nan = float("nan")
    xs = [3.0, nan, 1.0, 2.0, nan, 0.5, 7.0, -1.0, nan, 4.0]
    print(sorted(xs))
    print(sorted(xs, reverse=True))
    ys = list(xs)
    ys.sort()
    print(ys)
    ys = list(xs)
    ys.sort(reverse=True)
    print(ys)
    print(sorted(xs, key=lambda v: -v))
    print(sorted(xs, key=lambda v: -v, reverse=True))
    r = Rng(12345)
    for n in [0, 1, 2, 5, 33, 64, 65, 100, 257, 700, 2000]:
        fs = floats(r, n)
        a = sorted(fs)
        b = sorted(fs, reverse=True)
        if n <= 100:
            print(n, a)
            print(n, b)
        else:
            print(n, checksum([repr(v) for v in a]), checksum([repr(v) for v in b]))
    loud = [Loud(3.0, "c"), Loud(1.0, "a"), Loud(2.0, "b"), Loud(1.0, "a2"), Loud(nan, "n"), Loud(0.0, "z")]
    print(sorted(loud))
    print(sorted(loud, reverse=True))
    loud.sort()
    print(loud)
    print(sorted(loud, key=lambda x: x.name, reverse=True))
    for kind in range(3):
        for n in [10, 70, 300, 1500]:
            its = items(r, n, kind)
            _log.clear()
            s1 = sorted(its)
            c1 = checksum(_log)
            n1 = len(_log)
            _log.clear()
            s2 = sorted(its, reverse=True)
            c2 = checksum(_log)
            n2 = len(_log)
            _log.clear()
            its.sort()
            c3 = checksum(_log)
            if n <= 10:
                print(kind, n, tags(s1), tags(s2), _log)
            print(kind, n, n1, c1, n2, c2, c3, checksum([tags(s1), tags(s2), tags(its)]))
            _log.clear()
            s4 = sorted(its, key=lambda it: it.v % 7, reverse=True)
            print(kind, n, checksum([tags(s4)]))
    bombs: list[Bomb] = []
    for i in range(100):
        bombs.append(Bomb((i * 37) % 101))
    _log.clear()
    try:
        sorted(bombs)
    except ValueError as e:
        print("caught", e, len(_log))
    return 0


if __name__ == "__main__":
    main([])
