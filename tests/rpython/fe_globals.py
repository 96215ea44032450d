KEYWORDS = ["if", "else", "while"]
LIMITS: dict[str, int] = {"low": 1, "high": 9}
BASE = 10
DOUBLE_BASE = BASE * 2


class Color:
    RED = 1
    NAMES = ("red", "green")

    def __init__(self, c: int) -> None:
        self.c = c

    def name(self) -> str:
        return Color.NAMES[self.c - 1]

    @staticmethod
    def parse(s: str) -> "Color":
        return Color(1 if s == "red" else 2)


def main(argv: list[str]) -> int:
    print(KEYWORDS, "if" in KEYWORDS, LIMITS["high"], DOUBLE_BASE)
    print(Color.RED, Color(2).name(), Color.parse("red").name(), Color.NAMES)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
