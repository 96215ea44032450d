def classify(n: int) -> str:
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"


def main(argv: list[str]) -> int:
    for n in [-5, 0, 3, 42]:
        print(n, classify(n))
    x = 4
    if x > 3:
        y = 1
    else:
        y = 2
    print(y)
    z = 10 if x % 2 == 0 else 20
    print(z)
    return 0

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
