class Node:
    def __init__(self, v: int) -> None:
        self.v = v


def value(n: Node) -> int:
    return n.v


def run() -> int:
    cur: Node | None = Node(1)

    def clear() -> None:
        nonlocal cur
        cur = None

    if cur is not None:
        clear()
        return value(cur)
    return 0


def main(argv: list[str]) -> int:
    print(run())
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv))
