def main(argv: list[str]) -> int:
    if len(argv) > 1:
        name = argv[1]
    print(name)
    return 0

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
