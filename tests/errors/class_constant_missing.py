class Limits:
    LOW = 0
    HIGH = 10


def main(argv: list[str]) -> int:
    return Limits.MIDDLE


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
