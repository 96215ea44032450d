def greet(name: str, greeting: str = "Hello", punct: str = "!") -> str:
    return greeting + ", " + name + punct


class Box:
    def __init__(self, w: int, h: int = 1) -> None:
        self.w = w
        self.h = h


def main(argv: list[str]) -> int:
    print(greet("Ada"), greet("Bob", punct="?"), greet(greeting="Hi", name="Cy"))
    b = Box(3)
    c = Box(h=4, w=2)
    print(b.w * b.h, c.w * c.h)
    print("a", "b", sep="-", end="|\n")
    print("x=%d y=%5.2f s=%s r=%r" % (3, 2.5, "hi", "hi"))
    print("{} + {} = {:>4}".format(1, 2, 3), "{0}{0}{name}".format("a", name="b"))
    v = 3.14159
    s = "x"
    print(f"{v:.2f}|{42:5d}|{s:^5}|{v!r}|{255:x}|{1234567:,}")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
