class Point:
    def __init__(self, x: int) -> None:
        self.x = x


def main(argv: list[str]) -> int:
    p = Point(1)
    p.move(2)
    return 0

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
