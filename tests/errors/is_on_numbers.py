def main(argv: list[str]) -> int:
    x = 1.5
    if x is 1.5:
        return 1
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
