# Augmented assignment on sets and lists updates the object in place
# (CPython's set_ior/set_iand/set_isub/set_ixor, list_inplace_concat and
# list_inplace_repeat): aliases see the change and iteration order is the
# in-place one.


class Holder:
    def __init__(self) -> None:
        self.s: set[int] = {1, 2, 3}
        self.xs: list[int] = [1, 2]


def get_holder(h: Holder, log: list[str]) -> Holder:
    log.append("holder")
    return h


def main(argv: list[str]) -> int:
    b = {5, 13, 6}
    c = b
    b -= {5}
    print(c, c is b)
    h = {1}
    i = h
    h |= {7, 9, 100, 33}
    print(i, i is h)
    x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
    y = x
    x &= {3, 17, 5, 1, 99}
    print(y, x is y)
    p = {1, 2, 3}
    q = p
    p ^= {3, 4, 64}
    print(q, p is q)
    p ^= p
    print(q, len(p))
    # many removals: CPython resizes the table in place
    big = set(range(40))
    alias = big
    big -= set(range(0, 40, 3))
    big |= {-1, -8, 1000}
    print(alias)
    # attributes, items
    hd = Holder()
    s0 = hd.s
    log: list[str] = []
    get_holder(hd, log).s |= {10, 20}
    hd.s -= {1}
    print(s0, log)
    sl = [{1}, {2}]
    first = sl[0]
    sl[0] |= {5}
    print(first, sl)
    ds: dict[str, set[int]] = {"a": {1, 2}}
    sa = ds["a"]
    ds["a"] ^= {2, 3}
    print(sa, ds)
    # lists
    c1 = [1]
    d1 = c1
    c1 *= 3
    print(d1, c1 is d1)
    c1 *= 1
    print(d1)
    c1 *= 0
    print(d1, c1 is d1)
    e1 = [7, 8]
    f1 = e1
    e1 *= -2
    print(f1)
    m = [[1], [2]]
    row = m[0]
    m[0] += [5]
    m[1] *= 2
    print(row, m)
    g: dict[str, list[int]] = {"k": [1]}
    v = g["k"]
    g["k"] += [2]
    g["k"] *= 2
    print(v, g)
    xs0 = hd.xs
    hd.xs *= 2
    hd.xs += hd.xs
    print(xs0, xs0 is hd.xs)
    try:
        m[5] += [1]
    except IndexError as e:
        print("IndexError", e)
    try:
        g["zz"] += [1]
    except KeyError as e:
        print("KeyError", e)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
