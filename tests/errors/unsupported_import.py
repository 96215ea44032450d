import json


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
