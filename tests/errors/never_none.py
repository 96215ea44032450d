def main(argv: list[str]) -> int:
    n = len(argv)
    if n is None:
        return 1
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
