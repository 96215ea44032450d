class Node:
    def __init__(self, v: int) -> None:
        self.v = v


class Holder:
    def __init__(self) -> None:
        self.x: Node | None = Node(1)

    def step(self, i: int) -> None:
        if i == 1:
            self.x = None

    def run(self) -> int:
        seen: list[Node] = []
        if self.x is not None:
            for i in range(3):
                # The second iteration comes after `step`.
                seen.append(self.x)
                self.step(i)
        return len(seen)


def main(argv: list[str]) -> int:
    print(Holder().run())
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv))
