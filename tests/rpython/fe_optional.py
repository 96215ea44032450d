class Node:
    def __init__(self, val: int, next: "Node | None") -> None:
        self.val = val
        self.next = next


def total(n: Node | None) -> int:
    acc = 0
    while n is not None:
        acc += n.val
        n = n.next
    return acc


def last(n: Node) -> int:
    cur = n
    while cur.next is not None:
        cur = cur.next
    return cur.val


def find(xs: list[str], prefix: str) -> str | None:
    for x in xs:
        if x.startswith(prefix):
            return x
    return None


def parse(s: str) -> int | None:
    if s.isdigit():
        return int(s)
    return None


def main(argv: list[str]) -> int:
    chain = Node(1, Node(2, Node(3, None)))
    print(total(chain), total(None), last(chain))
    w = find(["apple", "banana"], "b")
    if w is None:
        return 1
    print(w.upper(), find(["x"], "y"))
    v = find(["kiwi"], "k")
    print(v is not None and len(v) == 4)
    n = parse("42")
    m = parse("x")
    print(n, m, n is None, m is None)
    if n is not None:
        print(n + 1)
    label: str | None = None
    if label is None:
        label = "default"
    print(label.title())
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
