def main(argv: list[str]) -> int:
    items = []
    return len(items)

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
