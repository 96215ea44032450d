# Dicts whose value type is optional (`dict[K, V | None]` with int, str and class values):
# indexing, get with/without default, in, pop, setdefault, iteration, printing, == and displays.
from typing import Optional


class Node:
    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return "Node(" + self.name + ")"


def show_opt(x: int | None) -> str:
    if x is None:
        return "none"
    return "int " + str(x)


def main(argv: list[str]) -> int:
    d: dict[str, str | None] = {"a": None, "b": "x"}
    print(d, d["a"], d["b"], len(d))
    print(d.get("a"), d.get("b"), d.get("zz"), d.get("zz", "dflt"), d.get("a", "dflt"))
    print(d.get("zz", None), "a" in d, "zz" in d, None in d.values())
    d["c"] = None
    d["d"] = "y"
    print(d.pop("a"), d.pop("b"), d.pop("zz", "gone"), d.pop("c", "gone"), d)
    print(d.setdefault("e", None), d.setdefault("d", None), d.setdefault("f", "z"), d)
    for k, v in d.items():
        if v is None:
            print(k, "is None")
        else:
            print(k, "=", v, len(v))
    print([v for v in d.values()], sorted(d.keys()))
    e: dict[str, str | None] = {"d": "y", "e": None, "f": "z"}
    print(d == e, d != e, d == {"d": "y", "e": "q", "f": "z"})

    ints: dict[int, int | None] = {}
    for i in range(5):
        ints[i] = i * i if i % 2 == 0 else None
    print(ints)
    total = 0
    for ik in ints:
        iv = ints[ik]
        if iv is not None:
            total += iv
        print(ik, show_opt(iv), show_opt(ints.get(ik)), show_opt(ints.get(ik + 10)))
    print(total, ints.get(1, 7), ints.get(2, 7), ints.get(9, 7))
    print(ints.pop(1), ints.pop(2), ints.pop(99, None), ints)
    print(ints.setdefault(1, None), ints.setdefault(3, 5), ints)

    node = Node("n")
    nodes = {1: None, 2: node}
    print(nodes, nodes[1], nodes[2], nodes.get(1), nodes.get(3))
    n2 = nodes.get(2)
    if n2 is not None:
        print("found", n2.name)
    nodes[3] = Node("m")
    names: list[str] = []
    for nk, nv in nodes.items():
        names.append("-" if nv is None else nv.name)
    print(names, nodes == {1: None, 2: node, 3: nodes[3]})
    opt: dict[str, Optional[Node]] = {"x": None}
    print(opt, opt.get("x") is None, opt.get("y") is None, "x" in opt)
    try:
        print(d["missing"])
    except KeyError as ex:
        print("KeyError", ex)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
