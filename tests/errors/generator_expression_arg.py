def total(xs: list[int]) -> int:
    return sum(xs)


def main(argv: list[str]) -> int:
    for i, y in enumerate(x * 2 for x in range(3)):
        print(i, y)
    print(total(x for x in range(3)))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
