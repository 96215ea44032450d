class Node:
    def __init__(self, value: int, next: "Node | None") -> None:
        self.value = value
        self.next = next


def build(xs: list[int]) -> Node | None:
    head: Node | None = None
    for i in range(len(xs) - 1, -1, -1):
        head = Node(xs[i], head)
    return head


def length(n: Node | None) -> int:
    count = 0
    while n is not None:
        count += 1
        n = n.next
    return count


def to_str(n: Node | None) -> str:
    parts: list[str] = []
    cur = n
    while cur is not None:
        parts.append(str(cur.value))
        cur = cur.next
    return "[" + " -> ".join(parts) + "]"


def reverse(n: Node | None) -> Node | None:
    prev: Node | None = None
    cur = n
    while cur is not None:
        nxt = cur.next
        cur.next = prev
        prev = cur
        cur = nxt
    return prev


def last(n: Node) -> int:
    while n.next is not None:
        n = n.next
    return n.value


def main(argv: list[str]) -> int:
    lst = build([1, 2, 3, 4, 5])
    print(length(lst), to_str(lst))
    lst = reverse(lst)
    print(length(lst), to_str(lst))
    if lst is not None:
        print("first", lst.value, "last", last(lst))
    empty = build([])
    print(length(empty), to_str(empty), empty is None)
    print(to_str(reverse(empty)))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
