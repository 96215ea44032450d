# list.sort whose `<` raises (at a chosen call) leaves the list in CPython's partial order
# (count_run, binary insertion, merge_lo/merge_hi, galloping), with key= and reverse=True.
_calls: list[int] = [0, 0]


class Rng:
    def __init__(self, seed: int) -> None:
        self.state = seed

    def next(self, bound: int) -> int:
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 8) % bound


class K:
    def __init__(self, v: int) -> None:
        self.v = v

    def __lt__(self, o: "K") -> bool:
        if self.v == 13 or o.v == 13:
            raise ValueError("boom")
        return self.v < o.v


class F:
    """`<` raises on the _calls[1]-th call (_calls[0] counts; 0: never)."""

    def __init__(self, v: int, tag: int) -> None:
        self.v = v
        self.tag = tag

    def __lt__(self, o: "F") -> bool:
        _calls[0] += 1
        if _calls[0] == _calls[1]:
            raise KeyError("fail at " + str(_calls[0]))
        return self.v < o.v


class Grower:
    """`<` stores into the list being sorted, then maybe raises."""

    def __init__(self, v: int, into: list["Grower"], fail: bool) -> None:
        self.v = v
        self.into = into
        self.fail = fail

    def __lt__(self, o: "Grower") -> bool:
        self.into.append(Grower(-1, self.into, False))
        if self.fail:
            raise ValueError("grower")
        return self.v < o.v


def data(r: Rng, n: int, kind: int) -> list[int]:
    out: list[int] = []
    i = 0
    while i < n:
        if kind == 0:
            out.append(r.next(1000))
            i += 1
        elif kind == 1:
            out.append(r.next(5))
            i += 1
        else:
            ln = 1 + r.next(150)
            base = r.next(1000)
            desc = r.next(2) == 0
            j = 0
            while j < ln and i < n:
                if desc:
                    out.append(base - j)
                else:
                    out.append(base + j)
                j += 1
                i += 1
    return out


def make(vs: list[int]) -> list[F]:
    out: list[F] = []
    for i in range(len(vs)):
        out.append(F(vs[i], i))
    return out


def tags(xs: list[F]) -> list[int]:
    out: list[int] = []
    for x in xs:
        out.append(x.tag)
    return out


def checksum(xs: list[int]) -> int:
    h = 7
    for x in xs:
        h = (h * 1000003 + x + 1) % 1000000007
    return h


def show(label: str, xs: list[int]) -> None:
    if len(xs) <= 40:
        print(label, xs)
    else:
        print(label, len(xs), checksum(xs))


def neg_v(x: F) -> F:
    return F(-x.v, x.tag)


_kcalls: list[int] = [0, 0]


def bad_key(x: int) -> int:
    _kcalls[0] += 1
    if _kcalls[0] == _kcalls[1]:
        raise ValueError("key failed")
    return -x


def one(vs: list[int], rev: bool, keyed: bool, k: int) -> None:
    xs = make(vs)
    _calls[0] = 0
    _calls[1] = k
    msg = "ok"
    try:
        if keyed:
            xs.sort(key=neg_v, reverse=rev)
        else:
            xs.sort(reverse=rev)
    except KeyError as e:
        msg = str(e)
    show(msg + " " + str(_calls[0]), tags(xs))


def main(argv: list[str]) -> int:
    xs = [K(v) for v in [5, 3, 9, 1, 13, 2, 8]]
    try:
        xs.sort()
    except ValueError:
        pass
    print([k.v for k in xs])
    ys = [K(v) for v in [5, 3, 9, 1, 13, 2, 8]]
    try:
        ys.sort(reverse=True)
    except ValueError as e:
        print("caught", e)
    print([k.v for k in ys])
    r = Rng(2024)
    sizes: list[int] = []
    for i in range(0, 70):
        sizes.append(i)
    for i in range(40):
        sizes.append(64 + r.next(240))
    sizes.extend([1000, 1500, 2000])
    for n in sizes:
        kind = r.next(3)
        vs = data(r, n, kind)
        for keyed in [False, True]:
            for rev in [False, True]:
                # the number of calls of a full sort, then failures at random calls
                full = make(vs)
                _calls[0] = 0
                _calls[1] = 0
                if keyed:
                    full.sort(key=neg_v, reverse=rev)
                else:
                    full.sort(reverse=rev)
                total = _calls[0]
                print(n, kind, keyed, rev, total)
                if total == 0:
                    continue
                tries = 2
                if n > 64:
                    tries = 5
                for t in range(tries):
                    one(vs, rev, keyed, 1 + r.next(total))
                one(vs, rev, keyed, total)
                one(vs, rev, keyed, total - r.next(min(total, 30)))
    # a key function that raises: the list is left as it was
    for rev in [False, True]:
        for n in [1, 2, 10, 100]:
            for at in [1, n]:
                zs = list(range(n))
                _kcalls[0] = 0
                _kcalls[1] = at
                try:
                    zs.sort(key=bad_key, reverse=rev)
                except ValueError as e:
                    print("caught", e)
                show("key " + str(rev) + " " + str(n) + " " + str(at), zs)
    # sorted(): the exception propagates, the input is untouched
    for rev in [False, True]:
        vs = data(r, 300, 0)
        fs = make(vs)
        _calls[0] = 0
        _calls[1] = 500
        try:
            print(len(sorted(fs, reverse=rev)))
        except KeyError as e:
            print("sorted caught", e)
        show("sorted input", tags(fs))
        _calls[0] = 0
        _calls[1] = 500
        try:
            print(len(sorted(fs, key=neg_v, reverse=rev)))
        except KeyError as e:
            print("sorted caught", e)
        show("sorted input", tags(fs))
    # user code storing into the list: dropped when a `<` raises, ValueError otherwise
    for fail in [False, True]:
        gs: list[Grower] = []
        for v in [4, 2, 7, 1, 9, 3]:
            gs.append(Grower(v, gs, False))
        gs[3].fail = fail
        try:
            gs.sort()
        except ValueError as e:
            print("caught", e)
        print([g.v for g in gs])
    return 0


if __name__ == "__main__":
    main([])
