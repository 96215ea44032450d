def main(argv: list[str]) -> int:
    f = lambda x: x + 1
    return 0

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
