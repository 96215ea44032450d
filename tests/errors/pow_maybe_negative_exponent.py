def neg() -> int:
    return -2


def main(argv: list[str]) -> int:
    n = neg()
    print(pow(2, n))
    return 0


if __name__ == "__main__":
    main([])
