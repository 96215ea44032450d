class A:
    def who(self) -> str:
        return "A"


class B(A):
    def __init__(self) -> None:
        self.s = "bee"


def take_b(b: B) -> str:
    return b.s


class Holder:
    def __init__(self) -> None:
        self.y: A = B()

    def reset(self) -> None:
        self.y = A()

    def run(self) -> str:
        if isinstance(self.y, B):
            self.reset()
            return take_b(self.y)
        return ""

    def store(self) -> None:
        if isinstance(self.y, B):
            self.reset()
            # CPython would add the attribute to the `A`.
            self.y.s = "new"


def main(argv: list[str]) -> int:
    print(Holder().run())
    Holder().store()
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv))
