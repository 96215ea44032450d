"""Changing the size of a dict or set while a loop walks it raises
RuntimeError at the loop's next step, as CPython's iterators do; values
updated during the loop are seen by it."""


def grow(d: dict[str, int]) -> None:
    d["new" + str(len(d))] = 0


def add_during_keys() -> None:
    d: dict[str, int] = {"a": 1, "b": 2, "c": 3}
    seen: list[str] = []
    try:
        for k in d:
            seen.append(k)
            d[k + "!"] = 0
    except RuntimeError as e:
        print("keys:", repr(e), seen, len(d))


def add_on_last_item() -> None:
    d: dict[int, int] = {1: 10, 2: 20}
    try:
        for k in d:
            if k == 2:
                d[3] = 30
        print("no error")
    except RuntimeError as e:
        print("last:", e, d)


def delete_during_items() -> None:
    d: dict[str, int] = {"x": 1, "y": 2, "z": 3}
    try:
        for k, v in d.items():
            print("item", k, v)
            del d["z"]
    except RuntimeError as e:
        print("items:", e, d)


def values_and_calls() -> None:
    d: dict[str, int] = {"p": 1, "q": 2}
    try:
        for v in d.values():
            print("value", v)
            grow(d)
    except RuntimeError as e:
        print("values:", e, sorted(d))


def enumerate_dict() -> None:
    d: dict[str, int] = {"m": 1, "n": 2}
    try:
        for i, k in enumerate(d):
            print("enum", i, k)
            d.pop("n")
    except RuntimeError as e:
        print("enumerate:", e, d)


def updates_are_seen() -> None:
    d: dict[str, int] = {"a": 1, "b": 2, "c": 3}
    for k, v in d.items():
        print(k, v)
        d["c"] = v * 100
        d[k] = -v
    print(d)
    total = 0
    for k in d.keys():
        total += d[k]
        d["b"] = 1000
    print(total)


def delete_then_add() -> None:
    d: dict[int, int] = {1: 1}
    try:
        for k in d:
            del d[k]
            d[k + 10] = 0
    except RuntimeError as e:
        print("same size:", e, d)


def copies_are_safe() -> None:
    d: dict[int, int] = {1: 1, 2: 2, 3: 3}
    for k in list(d):
        if k % 2 == 1:
            del d[k]
    for k, v in list(d.items()):
        d[k * 10] = v
    print(d)
    s = {1, 2, 3}
    for x in set(s):
        s.discard(x)
        s.add(x + 100)
    print(sorted(s))


def set_mutation() -> None:
    s = {1, 2, 3}
    try:
        for x in s:
            s.add(x * 10)
    except RuntimeError as e:
        print("set add:", e, sorted(s))
    t = {5, 6}
    try:
        for x in t:
            t.remove(x)
    except RuntimeError as e:
        print("set remove:", e, sorted(t))
    u = {7, 8, 9}
    seen: list[int] = []
    for x in u:
        seen.append(x)
        u.discard(x)
        u.add(x)
    print(seen, sorted(u))


def break_else_continue() -> None:
    d: dict[str, int] = {"a": 1, "b": 2, "c": 3, "d": 4}
    for k in d:
        if k == "b":
            continue
        if k == "d":
            break
        print("loop", k)
    else:
        print("not reached")
    for k in d:
        pass
    else:
        print("else after", k)
    s: set[int] = set()
    for x in s:
        print("never")
    else:
        print("empty set loop")


def main(argv: list[str]) -> int:
    add_during_keys()
    add_on_last_item()
    delete_during_items()
    values_and_calls()
    enumerate_dict()
    updates_are_seen()
    delete_then_add()
    copies_are_safe()
    set_mutation()
    break_else_continue()
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
