def get(b: bytes, i: int) -> str:
    try:
        return str(b[i])
    except IndexError as e:
        return "IndexError: " + str(e)


def make(xs: list[int]) -> str:
    try:
        return repr(bytes(xs))
    except ValueError as e:
        return "ValueError: " + str(e)


def main(argv: list[str]) -> int:
    b = b"abc"
    print(get(b, 0), get(b, 2), get(b, -3), get(b, 3), get(b, -4), get(b"", 0))
    print(make([1, 2, 3]), make([]), make([255, 0]))
    print(make([256]))
    print(make([-1]))
    print(b[5:10], b[-10:1], b[2:1])
    b[0]
    return b[1]


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
