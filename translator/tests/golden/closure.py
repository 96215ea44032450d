from typing import Callable


def apply(f: Callable[[int], int], x: int) -> int:
    return f(x)


def main(argv: list[str]) -> int:
    k = 3
    add: Callable[[int], int] = lambda x: x + k
    k = 4
    return apply(add, 1)


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
