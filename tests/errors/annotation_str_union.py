"""A parameter annotation is evaluated when its `def` runs: `"Node" | None`
is a TypeError on CPython (str | None)."""


class Node:
    def __init__(self, nxt: "Node" | None) -> None:
        self.nxt = nxt


def main(argv: list[str]) -> int:
    print(Node(None).nxt is None)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
