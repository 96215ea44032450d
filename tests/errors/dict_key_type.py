def main(argv: list[str]) -> int:
    ages: dict[str, int] = {}
    ages[1] = 2
    return len(ages)


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
