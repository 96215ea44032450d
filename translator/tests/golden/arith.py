def f(a: int, b: int) -> int:
    return -(a + b) * (a - b) // 3 % 7


def main(argv: list[str]) -> int:
    print(f(7, 2), 1 < 2 < 3)
    return 0

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
