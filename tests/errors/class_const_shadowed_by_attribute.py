class A:
    X = 1

    def get(self) -> int:
        return self.X


class B(A):
    def __init__(self) -> None:
        self.X = 5


def main(argv: list[str]) -> int:
    print(B().get())
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
