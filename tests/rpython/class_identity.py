class Node:
    def __init__(self, label: str) -> None:
        self.label = label
        self.edges: list[Node] = []


def main(argv: list[str]) -> int:
    a = Node("a")
    b = Node("b")
    c = Node("a")
    a.edges.append(b)
    b.edges.append(a)
    b.edges.append(c)
    print(a is b.edges[0], c is b.edges[0], a is not c, a == c, a == a)
    print(a in b.edges, c in a.edges, len(b.edges))
    seen: set[Node] = set()
    stack = [a]
    order: list[str] = []
    while stack:
        n = stack.pop()
        if n in seen:
            continue
        seen.add(n)
        order.append(n.label)
        for e in n.edges:
            stack.append(e)
    print(order, len(seen))
    x: Node | None = None
    print(x is None, x is not None)
    x = a
    print(x is a, x is b)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
