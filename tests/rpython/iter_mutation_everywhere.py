"""Every iteration over a dict, a set or a dict view checks the container
as CPython's iterators do, whoever iterates: comprehensions, zip,
enumerate, reversed, any/all and generator arguments raise RuntimeError
when the body changes the container's size; lists are re-read at each
step (and reversed(list) stops when its index leaves the list)."""

import sys


def comp_dict_keys(d: dict[str, int]) -> None:
    try:
        out = [k for k in d if d.pop(k, 0) >= 0]
        print("no error", out)
    except RuntimeError as e:
        print("RuntimeError:", e, sorted(d))


def comp_dict_items(d: dict[str, int]) -> None:
    try:
        out = {k: v for k, v in d.items() if len(d) < 10 and d.setdefault(k + "x", v) >= 0}
        print("no error", out)
    except RuntimeError as e:
        print("RuntimeError:", e, len(d))


def comp_set(s: set[int]) -> None:
    try:
        out = {x * 2 for x in s if x > 0 and s.add(-x) is None}
        print("no error", sorted(out))
    except RuntimeError as e:
        print("RuntimeError:", e, sorted(s))


def zip_dict(d: dict[int, str]) -> None:
    seen: list[str] = []
    try:
        for k, tag in zip(d, ["a", "b", "c", "d"]):
            seen.append(tag + str(k))
            if k == 2:
                d[100] = "new"
        print("no error", seen)
    except RuntimeError as e:
        print("RuntimeError:", e, seen)


def enumerate_values(d: dict[int, str]) -> None:
    seen: list[str] = []
    try:
        for i, v in enumerate(d.values(), 1):
            seen.append(str(i) + v)
            if i == 2:
                del d[1]
        print("no error", seen)
    except RuntimeError as e:
        print("RuntimeError:", e, seen)


def reversed_dict(d: dict[int, str]) -> None:
    seen: list[int] = []
    try:
        for k in reversed(d):
            seen.append(k)
            if k == 3:
                d.pop(1)
        print("no error", seen)
    except RuntimeError as e:
        print("RuntimeError:", e, seen)
    print([(k, v) for k, v in reversed(d.items())], list(reversed(d.values())))


def any_generator(d: dict[int, int]) -> None:
    def grow(k: int) -> bool:
        d[k + 10] = k
        return False

    try:
        print(any(grow(k) for k in d))
    except RuntimeError as e:
        print("RuntimeError:", e, len(d))


def nested_comp(d: dict[int, int]) -> None:
    try:
        print([(a, b) for a in d for b in d if b != a or d.pop(a) == 0])
    except RuntimeError as e:
        print("RuntimeError:", e, d)


def zip_stops_early(d: dict[int, int]) -> None:
    # zip stops at the first exhausted iterator: the dict iterator after
    # it is not advanced again, so the growth is not seen.
    xs = [1, 2]
    out: list[tuple[int, int]] = []
    for a, b in zip(xs, d):
        out.append((a, b))
        if a == 2:
            d[99] = 0
    print(out, len(d))


def keys_changed(d: dict[int, int]) -> None:
    seen: list[int] = []
    try:
        for k in d:
            seen.append(k)
            if k == 1:
                del d[1]
                d[50] = 5
        print("no error", seen)
    except RuntimeError as e:
        print("RuntimeError:", e, seen)


def list_growth() -> None:
    xs = [1, 2, 3]
    out = [x for x in xs if len(xs) < 6 and xs.append(x * 10) is None]
    print(out, xs)
    ys = [1, 2, 3, 4, 5, 6]
    seen: list[int] = []
    for y in reversed(ys):
        seen.append(y)
        ys.pop()
        ys.pop()
    print(seen, ys)
    a = [1, 2]
    b = [10, 20, 30, 40]
    pairs: list[tuple[int, int]] = []
    for p, q in zip(a, b):
        pairs.append((p, q))
        if len(a) < 4:
            a.append(p + 100)
    print(pairs)
    for i, z in enumerate(b):
        if i == 0:
            b.append(50)
        print(i, z, end=" ")
    print()


def no_change(d: dict[str, int], s: set[int]) -> None:
    # Reading and replacing values is not a change of size.
    for k in d:
        d[k] = d[k] + 1
    print(d, [k + "!" for k in d], {v for v in d.values()} == {2, 3})
    print(sorted(s), [x for x in sorted(s)], all(x > 0 for x in s), any(x > 2 for x in s))
    print(list(zip(d, s)), list(enumerate(d.items())), dict(zip(d.values(), d)))


def main(argv: list[str]) -> int:
    comp_dict_keys({"a": 1, "b": 2, "c": 3})
    comp_dict_items({"a": 1, "b": 2})
    comp_set({1, 2, 3})
    zip_dict({1: "x", 2: "y", 3: "z"})
    enumerate_values({1: "x", 2: "y", 3: "z"})
    reversed_dict({1: "x", 2: "y", 3: "z"})
    any_generator({1: 1, 2: 2})
    nested_comp({1: 1, 2: 2})
    zip_stops_early({5: 5, 6: 6, 7: 7})
    keys_changed({1: 1, 2: 2, 3: 3})
    list_growth()
    no_change({"a": 1, "b": 2}, {3, 1, 2})
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
