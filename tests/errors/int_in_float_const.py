"""Int constants and defaults where a float is declared: CPython keeps the
int (which prints differently), so the translator rejects them."""

RATE: float = 1


class Box:
    SIZE: float = 2


def half(x: float, scale: float = 1) -> float:
    return x / 2 * scale


def main(argv: list[str]) -> int:
    print(half(RATE), Box.SIZE)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
