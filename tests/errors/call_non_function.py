def main(argv: list[str]) -> int:
    limit = 10
    return limit(3)

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
