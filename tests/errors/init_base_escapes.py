class A:
    def __init__(self) -> None:
        self.x = 1
        self.show()

    def show(self) -> None:
        print(self.x)


class B(A):
    def __init__(self) -> None:
        super().__init__()
        self.y = 2

    def show(self) -> None:
        print(self.y)


def main(argv: list[str]) -> int:
    B()
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
