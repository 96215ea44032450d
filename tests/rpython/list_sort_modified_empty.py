# A list changed during list.sort but empty again when the sort ends.
# CPython detaches the list's storage while it sorts and reports
# ValueError("list modified during sort") if anything gave it storage
# again: an item stored and removed counts (append+pop, insert+remove,
# extend+clear, slice assignment then clear, ...), operations on the empty
# list that store nothing do not (clear, extend([]), += [], del xs[:],
# xs[:] = [], *= 0, *= 2, reverse, copy, a nested sort). Checked for
# sort(), sort(key=...), sort(reverse=True) and a mutating __lt__; the list
# holds the sorted items afterwards either way.


class Holder:
    def __init__(self) -> None:
        self.xs: list[int] = []
        self.op = ""
        self.done = False
        self.log: list[str] = []


H = Holder()


def mutate(xs: list[int], op: str) -> None:
    none: list[int] = []
    if op == "append_pop":
        xs.append(1)
        xs.pop()
    elif op == "insert_remove":
        xs.insert(0, 7)
        xs.remove(7)
    elif op == "extend_clear":
        xs.extend([1])
        xs.clear()
    elif op == "append_clear":
        xs.append(1)
        xs.clear()
    elif op == "append_del":
        xs.append(1)
        del xs[0]
    elif op == "append_delslice":
        xs.append(1)
        del xs[:]
    elif op == "append_setempty":
        xs.append(1)
        xs[:] = none
    elif op == "iadd_pop":
        xs += [1, 2]
        xs.pop()
        xs.pop(0)
    elif op == "append_imul0":
        xs.append(1)
        xs *= 0
    elif op == "setslice_clear":
        xs[:] = [1, 2]
        xs.clear()
    elif op == "insert_pop_at":
        xs.insert(5, 7)
        xs.pop(0)
    elif op == "clear":
        xs.clear()
    elif op == "extend_empty":
        xs.extend([])
    elif op == "iadd_empty":
        xs += []
    elif op == "del_all":
        del xs[:]
    elif op == "set_empty":
        xs[:] = none
    elif op == "set_empty_range":
        xs[0:0] = none
    elif op == "imul0":
        xs *= 0
    elif op == "imul2":
        xs *= 2
    elif op == "extend_self":
        xs.extend(xs)
    elif op == "iadd_self":
        xs += xs
    elif op == "reverse":
        xs.reverse()
    elif op == "copy":
        H.log.append("copy " + str(xs.copy()))
    elif op == "nested_sort":
        xs.sort()
        xs.sort(key=lambda v: -v, reverse=True)
    elif op == "grow_nested_sort":
        # storage given back before a sort of the (empty) list: still seen
        xs.append(1)
        xs.pop()
        xs.sort()
    elif op == "nested_sort_items":
        # a sort of items stored by the key: the list has storage again
        xs.append(5)
        xs.append(4)
        xs.sort()
        H.log.append("inner " + str(xs))
        xs.clear()
    elif op == "pop_empty":
        try:
            xs.pop()
        except IndexError as e:
            H.log.append("IndexError " + str(e))
    elif op == "remove_missing":
        try:
            xs.remove(3)
        except ValueError as e:
            H.log.append("ValueError " + str(e))
    H.log.append(op + " len " + str(len(xs)))


def key_once(v: int) -> int:
    if not H.done:
        H.done = True
        mutate(H.xs, H.op)
    return v


class Item:
    def __init__(self, v: int, owner: "Owner") -> None:
        self.v = v
        self.owner = owner

    def __lt__(self, other: "Item") -> bool:
        o = self.owner
        if not o.done:
            o.done = True
            if o.op == "append_pop":
                o.items.append(Item(9, o))
                o.items.pop()
            elif o.op == "insert_remove":
                it = Item(8, o)
                o.items.insert(0, it)
                o.items.remove(it)
            elif o.op == "extend_clear":
                o.items.extend([Item(7, o)])
                o.items.clear()
            elif o.op == "clear":
                o.items.clear()
            elif o.op == "extend_empty":
                o.items.extend([])
                o.items += []
            elif o.op == "del_all":
                del o.items[:]
                no_items: list[Item] = []
                o.items[:] = no_items
            elif o.op == "nested_sort":
                o.items.sort()
        return self.v < other.v

    def __repr__(self) -> str:
        return "Item(" + str(self.v) + ")"


class Owner:
    def __init__(self) -> None:
        self.items: list[Item] = []
        self.op = ""
        self.done = False


OPS = [
    "append_pop",
    "insert_remove",
    "extend_clear",
    "append_clear",
    "append_del",
    "append_delslice",
    "append_setempty",
    "iadd_pop",
    "append_imul0",
    "setslice_clear",
    "insert_pop_at",
    "clear",
    "extend_empty",
    "iadd_empty",
    "del_all",
    "set_empty",
    "set_empty_range",
    "imul0",
    "imul2",
    "extend_self",
    "iadd_self",
    "reverse",
    "copy",
    "nested_sort",
    "grow_nested_sort",
    "nested_sort_items",
    "pop_empty",
    "remove_missing",
]

LT_OPS = ["append_pop", "insert_remove", "extend_clear", "clear", "extend_empty", "del_all", "nested_sort"]


def run_key(op: str, reverse: bool) -> None:
    H.xs = [3, 1, 2]
    H.op = op
    H.done = False
    H.log.clear()
    try:
        H.xs.sort(key=key_once, reverse=reverse)
        print(op, "key", reverse, "ok", H.xs, H.log)
    except ValueError as e:
        print(op, "key", reverse, "ValueError", e, H.xs, H.log)


def run_lt(op: str) -> None:
    o = Owner()
    o.op = op
    o.items = [Item(3, o), Item(1, o), Item(2, o)]
    try:
        o.items.sort()
        print(op, "lt ok", o.items)
    except ValueError as e:
        print(op, "lt ValueError", e, o.items)
    o.done = False
    try:
        o.items.sort(reverse=True)
        print(op, "lt reverse ok", o.items)
    except ValueError as e:
        print(op, "lt reverse ValueError", e, o.items)


def main(argv: list[str]) -> int:
    for op in OPS:
        run_key(op, False)
        run_key(op, True)
    for op in LT_OPS:
        run_lt(op)
    # the detected state does not outlive the sort: a list emptied by a
    # key function is sorted again without error
    xs = [2, 1]
    xs.sort()
    xs.clear()
    xs.sort()
    xs.append(3)
    xs.sort()
    print(xs)
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv))
