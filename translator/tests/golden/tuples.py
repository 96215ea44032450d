def divide(a: int, b: int) -> tuple[int, int]:
    return a // b, a % b


def main(argv: list[str]) -> int:
    q, r = divide(17, 5)
    t = divide(9, 2)
    return q + r + t[0]


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
