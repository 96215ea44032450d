"""Augmented assignment to a narrowed `int | None` / `float | None`
attribute rebinds the attribute: a value read from it before keeps its
old value (CPython's ints and floats are immutable)."""


class H:
    def __init__(self) -> None:
        self.n: int | None = 5
        self.f: float | None = 1.5
        self.s: str | None = "a"


def main(argv: list[str]) -> int:
    h = H()
    a = h.n
    b = h.f
    c = h.s
    if h.n is not None:
        h.n += 1
        h.n *= 3
    if h.f is not None:
        h.f -= 0.25
    if h.s is not None:
        h.s += "b"
    print(a, b, c, h.n, h.f, h.s)
    items = [h.n, a]
    if h.n is not None:
        h.n //= 2
    print(items, h.n)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
