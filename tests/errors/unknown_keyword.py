def area(w: int, h: int) -> int:
    return w * h


def main(argv: list[str]) -> int:
    return area(2, depth=3)


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
