MAX_ITEMS = 3
GREETING = "hi"
RATE = 0.25


class Color:
    RED = 0
    GREEN = 1
    BLUE = 2
    NAMES = ["red", "green", "blue"]

    def __init__(self, code: int) -> None:
        self.code = code

    def name(self) -> str:
        return Color.NAMES[self.code]

    def is_warm(self) -> bool:
        return self.code == self.RED


class Limits:
    LOW = -10
    HIGH = 10
    LABEL = "limits"

    def clamp(self, x: int) -> int:
        if x < self.LOW:
            return self.LOW
        if x > Limits.HIGH:
            return Limits.HIGH
        return x


class Strict(Limits):
    HIGH = 5

    def clamp(self, x: int) -> int:
        if x > Strict.HIGH:
            return Strict.HIGH
        return Limits.clamp(self, x)


def main(argv: list[str]) -> int:
    print(Color.RED, Color.GREEN, Color.BLUE, Color.NAMES)
    for code in [Color.RED, Color.BLUE]:
        c = Color(code)
        print(c.code, c.name(), c.is_warm())
    lim = Limits()
    print([lim.clamp(x) for x in [-50, 0, 7, 50]], Limits.LABEL)
    st = Strict()
    print([st.clamp(x) for x in [-50, 0, 7, 50]], Strict.LOW, Strict.LABEL)
    print(MAX_ITEMS, GREETING, RATE, MAX_ITEMS * RATE)
    items: list[str] = []
    for i in range(10):
        if len(items) >= MAX_ITEMS:
            break
        items.append(GREETING + str(i))
    print(items)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
