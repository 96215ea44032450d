def add(a: int, b: int) -> int:
    return a + b


def main(argv: list[str]) -> int:
    return add(1, 2, 3)

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
