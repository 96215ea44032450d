from typing import Callable


def make_counter(start: int) -> Callable[[], int]:
    count = start

    def step() -> int:
        return count

    count += 10
    return step


def apply_all(fs: list[Callable[[int], int]], x: int) -> list[int]:
    return [f(x) for f in fs]


def square(x: int) -> int:
    return x * x


class Acc:
    def __init__(self) -> None:
        self.total = 0

    def add(self, x: int) -> int:
        self.total += x
        return self.total


def main(argv: list[str]) -> int:
    print(make_counter(1)())
    k = 3
    fs: list[Callable[[int], int]] = [square, lambda x: x + k, lambda x: -x]
    print(apply_all(fs, 5))
    k = 100
    print(apply_all(fs, 5))
    a = Acc()
    f = a.add
    print(f(2), f(3), a.total)
    words = ["pear", "fig", "banana", "kiwi"]
    print(sorted(words, key=lambda w: len(w)), sorted(words, key=len_of, reverse=True))
    print(max(words, key=lambda w: w[-1]), min(words, key=len_of))
    return 0


def len_of(s: str) -> int:
    return len(s)


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
