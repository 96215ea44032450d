class A:
    def __init__(self, n: int) -> None:
        if n > 0:
            self.x = n


def main(argv: list[str]) -> int:
    print(A(0).x)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
