def pair() -> tuple[int, int, int]:
    return (1, 2, 3)


def main(argv: list[str]) -> int:
    a, b = pair()
    return a + b


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
