# list.sort empties the list while it sorts: key functions and comparisons
# see [], and a list modified meanwhile raises ValueError("list modified
# during sort") after the saved items are put back. sorted() sorts a copy.


class Box:
    def __init__(self) -> None:
        self.xs: list[int] = [3, 1, 2]
        self.calls = 0

    def keyf(self, v: int) -> int:
        print("key", v, "len", len(self.xs))
        return v

    def keyg(self, v: int) -> int:
        self.xs.append(0)
        return v

    def keyh(self, v: int) -> int:
        self.calls += 1
        if self.calls == 2:
            raise KeyError("boom")
        self.xs.append(v)
        return v


class Item:
    def __init__(self, v: int, owner: "Owner") -> None:
        self.v = v
        self.owner = owner

    def __lt__(self, other: "Item") -> bool:
        self.owner.seen = max(self.owner.seen, len(self.owner.items))
        if self.owner.mutate:
            self.owner.items.append(Item(99, self.owner))
        return self.v < other.v

    def __repr__(self) -> str:
        return "Item(" + str(self.v) + ")"


class Owner:
    def __init__(self) -> None:
        self.items: list[Item] = []
        self.mutate = False
        self.seen = -1


def rev_flag(b: Box) -> bool:
    print("reverse arg, len", len(b.xs))
    return True


def main(argv: list[str]) -> int:
    b = Box()
    b.xs.sort(key=lambda v: b.keyf(v))
    print(b.xs)
    b.xs.sort(reverse=rev_flag(b), key=lambda v: b.keyf(v))
    print(b.xs)
    ys = sorted(b.xs, key=lambda v: b.keyf(v))
    print(ys, b.xs)
    b.xs = [3, 1, 2]
    try:
        b.xs.sort(key=lambda v: b.keyg(v))
        print("no error", len(b.xs))
    except ValueError as e:
        print("ValueError", e, b.xs)
    # sorted() copies first: the key may grow the original list
    b.xs = [3, 1, 2]
    print(sorted(b.xs, key=lambda v: b.keyg(v)), b.xs)
    # a key that raises: the items come back unsorted, the modification
    # is dropped, the key's exception propagates
    b.xs = [5, 4, 6]
    try:
        b.xs.sort(key=lambda v: b.keyh(v))
    except KeyError as e:
        print("KeyError", e, b.xs)
    o = Owner()
    o.items = [Item(3, o), Item(1, o), Item(2, o)]
    o.items.sort()
    print(o.items, o.seen)
    o.mutate = True
    try:
        o.items.sort()
    except ValueError as e:
        print("ValueError", e, o.items)
    o.mutate = False
    o.items.sort(reverse=True)
    print(o.items)
    print(o.items, o.seen)
    print(sorted(o.items), o.seen)
    e: list[int] = []
    e.sort(key=lambda v: v)
    print(e)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
