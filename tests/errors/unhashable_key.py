def main(argv: list[str]) -> int:
    d: dict[list[int], int] = {}
    return len(d)


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
