def main(argv: list[str]) -> int:
    s = frozenset([1, 2])
    print(len(s))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
