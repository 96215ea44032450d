def main(argv: list[str]) -> int:
    words = ["bb", "a"]
    words.sort(key=lambda a, b: len(a))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
