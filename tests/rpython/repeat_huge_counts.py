"""Repeating a sequence a huge number of times fails at once as on
CPython (OverflowError for str/bytes whose length would not fit, a
MemoryError for lists), and repeating an empty one is instant."""


def main(argv: list[str]) -> int:
    n = 1 << 62
    try:
        print(len("ab" * n))
    except OverflowError as e:
        print("OverflowError", e)
    try:
        print(len(b"ab" * n))
    except OverflowError as e:
        print("OverflowError", e)
    try:
        print(len([0, 1] * n))
    except MemoryError as e:
        print("MemoryError", repr(str(e)))
    empty: list[int] = []
    print(len(empty * n), len("" * n), len(b"" * n), "ab" * 3, b"xy" * 2, [1, 2] * 2)
    print("x" * -1 == "", [3] * 0, b"z" * -5)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
