def main(argv: list[str]) -> int:
    print("ab".chars())
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
