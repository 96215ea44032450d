class A:
    def __init__(self) -> None:
        self.x = 1


class B(A):
    def __init__(self) -> None:
        self.y = 2


def main(argv: list[str]) -> int:
    print(B().x)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
