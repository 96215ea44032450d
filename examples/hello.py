def main(argv: list[str]) -> int:
    print("hello from RPython,", len(argv) - 1, "arguments")
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv))
