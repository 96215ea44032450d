"""An int where a float is expected would print as `1.0` where CPython
keeps the int (and prints `1`): the translator rejects it. Arithmetic
mixing ints and floats is fine (CPython converts too)."""

import math


class Box:
    def __init__(self) -> None:
        self.weight: float = 0


def half(x: float) -> float:
    if x < 0.0:
        return 0
    return x / 2 + 1


def main(argv: list[str]) -> int:
    x: float = 1
    y: float | None = 2
    n = 3
    z: float = n
    print(half(2), half(x))
    values = [1, 2.5]
    table: dict[str, float] = {"a": 1, "b": 2.5}
    table["c"] = n
    xs: list[float] = []
    xs.append(4)
    print(table.get("d", 0), max(2, 1.5), 5 if n > 2 else 0.5, sum(xs))
    print(x, y, z, values, Box().weight, math.sqrt(2), 1 + x, [n * 0.5])
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
