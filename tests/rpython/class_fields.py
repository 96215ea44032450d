from __future__ import annotations


class Node:
    def __init__(self, value: int) -> None:
        self.value = value
        self.children: list[Node] = []
        self.label: str = "n" + str(value)

    def add(self, child: Node) -> None:
        self.children.append(child)

    def total(self) -> int:
        t = self.value
        for c in self.children:
            t += c.total()
        return t


class Point:
    x: int
    y: int

    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y


def main(argv: list[str]) -> int:
    root = Node(1)
    a = Node(2)
    b = Node(3)
    root.add(a)
    root.add(b)
    a.add(Node(4))
    print(root.total(), len(root.children), a.children[0].label)
    p = Point(3, 4)
    p.x += 10
    p.y, p.x = p.x, p.y
    print(p.x, p.y)
    return 0

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
