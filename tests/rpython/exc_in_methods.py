class Stack:
    def __init__(self) -> None:
        self.items: list[int] = []

    def push(self, x: int) -> None:
        if len(self.items) >= 3:
            raise OverflowError("stack full")
        self.items.append(x)

    def pop(self) -> int:
        if not self.items:
            raise IndexError("pop from empty stack")
        return self.items.pop()


def main(argv: list[str]) -> int:
    s = Stack()
    for i in range(5):
        try:
            s.push(i)
            print("pushed", i)
        except OverflowError as e:
            print("error:", e)
    for i in range(5):
        try:
            print("popped", s.pop())
        except IndexError as e:
            print("error:", e)
    built = ValueError("built but not raised")
    print(str(built), isinstance(built, Exception))
    e2 = KeyError("quoted")
    print(str(e2))
    e3 = RuntimeError()
    print(repr(str(e3)))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
