class A:
    def __init__(self) -> None:
        self.show()
        self.x = 1

    def show(self) -> None:
        print(self.x)


def main(argv: list[str]) -> int:
    A()
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
