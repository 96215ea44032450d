def main(argv: list[str]) -> int:
    x = 1 +
    return x


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
