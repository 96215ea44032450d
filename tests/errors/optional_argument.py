def shout(s: str) -> str:
    return s.upper()


def main(argv: list[str]) -> int:
    name: str | None = None
    if len(argv) > 1:
        name = argv[1]
    print(shout(name))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
