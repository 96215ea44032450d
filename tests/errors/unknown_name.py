def main(argv: list[str]) -> int:
    print(totl)
    return 0

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
