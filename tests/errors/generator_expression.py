def main(argv: list[str]) -> int:
    squares = (i * i for i in range(3))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
