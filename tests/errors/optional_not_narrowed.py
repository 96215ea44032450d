class Node:
    def __init__(self, val: int) -> None:
        self.val = val


def find(xs: list[Node], v: int) -> Node | None:
    for x in xs:
        if x.val == v:
            return x
    return None


def main(argv: list[str]) -> int:
    n = find([Node(1)], 1)
    return n.val


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
