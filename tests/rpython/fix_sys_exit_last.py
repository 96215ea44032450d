import sys


def check(n: int) -> int:
    if n > 0:
        return n
    sys.exit(4)


def main(argv: list[str]) -> int:
    print(check(2))
    if len(argv) > 5:
        return 1
    print("leaving")
    sys.exit(check(3))


if __name__ == "__main__":
    sys.exit(main(sys.argv))
