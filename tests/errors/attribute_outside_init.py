class Box:
    def __init__(self) -> None:
        self.value = 0

    def fill(self) -> None:
        self.content = "x"


def main(argv: list[str]) -> int:
    Box().fill()
    return 0

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
