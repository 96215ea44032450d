class Node:
    def __init__(self, val: int) -> None:
        self.val = val
        self.next: Node | None = None


def second(n: Node) -> int:
    return n.next.val


def main(argv: list[str]) -> int:
    return second(Node(1))


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
