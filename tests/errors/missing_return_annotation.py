def double(n: int):
    return n * 2


def main(argv: list[str]) -> int:
    return double(2)

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
