def find(xs: list[int], target: int) -> int:
    i = 0
    for x in xs:
        if x == target:
            return i
        i += 1
    return -1


def first_pair(n: int) -> int:
    for a in range(1, n):
        for b in range(a, n):
            if a * b == 12:
                return a * 100 + b
    return 0


def main(argv: list[str]) -> int:
    print(find([4, 8, 15, 16, 23, 42], 16), find([1, 2], 5))
    print(first_pair(10))
    return 0

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
