def main(argv: list[str]) -> int:
    first, *rest = argv
    return len(rest)


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
