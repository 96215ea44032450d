class A:
    count: int


def main(argv: list[str]) -> int:
    print(A().count)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
