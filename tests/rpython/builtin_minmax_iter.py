"""min/max walk their items as CPython's min_max does: `key` is called on
each item and compared with the best so far right away (`<` for min, `>`
for max, the first of equal items wins), over any iterable (a dict walked
in place: a key function that changes its size raises RuntimeError);
`default=` for no items."""

import sys


class Version:
    def __init__(self, major: int, minor: int) -> None:
        self.major = major
        self.minor = minor

    def __lt__(self, other: "Version") -> bool:
        print("  lt", self, other)
        return (self.major, self.minor) < (other.major, other.minor)

    def __gt__(self, other: "Version") -> bool:
        print("  gt", self, other)
        return (self.major, self.minor) > (other.major, other.minor)

    def __repr__(self) -> str:
        return str(self.major) + "." + str(self.minor)


def noisy_key(v: Version) -> Version:
    print("  key", v)
    return v


def main(argv: list[str]) -> int:
    vs = [Version(1, 2), Version(0, 9), Version(1, 10), Version(0, 9)]
    print(min(vs, key=noisy_key))
    print(max(vs, key=noisy_key))
    print(min(vs), max(vs))
    print(min(Version(2, 0), Version(1, 5), key=noisy_key))
    d = {"b": 2, "a": 1, "c": 3}
    print(min(d), max(d), min(d, key=lambda k: d[k]), max(d.values()), min(d.items()))
    print(max({3, 1, 2}), min(x * 2 for x in [5, 4, 6]), max(range(4)), min("hello"))
    empty: list[int] = []
    print(min(empty, default=-1), max(empty, default=7), min([4, 2], default=0))
    print(max(empty, default=None), min([3], default=None))
    try:
        print(min(empty))
    except ValueError as e:
        print("ValueError:", e)
    try:
        print(max(d, key=lambda k: d.setdefault(k + "!", 0)))
    except RuntimeError as e:
        print("RuntimeError:", e, len(d))
    print(max([1, 5, 3, 5], key=lambda x: x % 5), min([-3, 2, 3], key=lambda x: abs(x)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
