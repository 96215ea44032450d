def sign(n: int) -> int:
    if n > 0:
        return 1
    elif n < 0:
        return -1


def main(argv: list[str]) -> int:
    return sign(3)

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
