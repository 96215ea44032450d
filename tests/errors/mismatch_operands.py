def main(argv: list[str]) -> int:
    label = "n=" + 5
    print(label)
    return 0

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
