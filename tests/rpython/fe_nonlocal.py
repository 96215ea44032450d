from typing import Callable


def make_counter() -> Callable[[], int]:
    count = 0

    def incr() -> int:
        nonlocal count
        count += 1
        return count
    return incr


def accumulate(xs: list[int]) -> int:
    total = 0

    def add(x: int) -> None:
        nonlocal total
        total = total + x
    for x in xs:
        add(x)
    return total


def main(argv: list[str]) -> int:
    c = make_counter()
    print(c(), c(), c())
    d = make_counter()
    print(d(), c())
    print(accumulate([1, 2, 3, 4]))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
