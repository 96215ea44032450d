class A:
    Y = Z + 1
    Z = 2
    W = [Z * i for i in range(3)]


def main(argv: list[str]) -> int:
    print(A.Y, A.W)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
