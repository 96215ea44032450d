"""A bool where an int is expected would print as `1` where CPython keeps
the bool (and prints `True`): the translator rejects it. Arithmetic on
bools is fine (CPython gives an int too)."""


class Counter:
    def __init__(self, n: int) -> None:
        self.n = n


def twice(x: int) -> int:
    return x * 2


def main(argv: list[str]) -> int:
    flag = len(argv) > 5
    print(twice(flag), twice(True + 1))
    c = Counter(False)
    xs: list[int] = [1, 2]
    xs.append(flag)
    xs.insert(0, True)
    table: dict[str, int] = {"a": 1}
    table["b"] = flag
    print(c.n, xs, table)
    print(table.get("c", False), xs.count(True), -flag, abs(True), ~flag, flag + 1)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
