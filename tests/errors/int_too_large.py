def main(argv: list[str]) -> int:
    x = 99999999999999999999
    return 0

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
