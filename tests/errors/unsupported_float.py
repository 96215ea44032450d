def main(argv: list[str]) -> int:
    x = 3 / 2
    return 0

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
