import sys


def check(values: list[int]) -> None:
    for v in values:
        print("checking", v)
        if v < 0:
            print("negative value, exiting with 3")
            sys.exit(3)


def main(argv: list[str]) -> int:
    check([1, 2])
    check([5, -1, 7])
    print("not reached")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
