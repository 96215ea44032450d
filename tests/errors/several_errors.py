def main(argv: list[str]) -> int:
    a: int = "x"
    b = undefined_thing
    c = "n" - 1
    return 0

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
