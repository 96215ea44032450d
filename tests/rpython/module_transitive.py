from modhelper_stack import Stack, LoudStack, DEFAULT_DEPTH
import modhelper_stack


class CountingStack(modhelper_stack.Stack):
    def __init__(self) -> None:
        super().__init__()
        self.pushes = 0

    def push(self, s: str) -> None:
        self.pushes += 1
        super().push(s)


def fill(s: Stack, n: int) -> None:
    for i in range(n):
        s.push("item" + str(i))


def main(argv: list[str]) -> int:
    stacks: list[Stack] = [Stack(), LoudStack(), CountingStack()]
    for s in stacks:
        fill(s, DEFAULT_DEPTH)
        print(s.size(), s.render())
        print(s.pop(), s.size())
    c = CountingStack()
    fill(c, 2)
    print(c.pushes, c.render())
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
