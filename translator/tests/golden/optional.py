class Node:
    def __init__(self, val: int) -> None:
        self.val = val
        self.next: Node | None = None


def length(n: Node | None) -> int:
    k = 0
    while n is not None:
        k += 1
        n = n.next
    return k


def first_val(n: Node | None) -> int:
    if n is None:
        return -1
    return n.val


def main(argv: list[str]) -> int:
    a = Node(1)
    a.next = Node(2)
    return length(a) + first_val(a.next)


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
