class A:
    def __init__(self) -> None:
        self.y = self.x + 1
        self.x = 1


def main(argv: list[str]) -> int:
    print(A().y)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
