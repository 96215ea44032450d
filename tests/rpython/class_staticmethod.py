class MathUtil:
    FACTOR = 3

    @staticmethod
    def gcd(a: int, b: int) -> int:
        while b != 0:
            a, b = b, a % b
        return a

    @staticmethod
    def lcm(a: int, b: int) -> int:
        return a // MathUtil.gcd(a, b) * b

    @staticmethod
    def scale(x: int) -> int:
        return x * MathUtil.FACTOR


class Temp:
    def __init__(self, celsius: float) -> None:
        self.celsius = celsius

    @staticmethod
    def from_fahrenheit(f: float) -> "Temp":
        return Temp((f - 32.0) * 5.0 / 9.0)

    def fahrenheit(self) -> float:
        return self.celsius * 9.0 / 5.0 + 32.0

    def warmer(self, delta: float) -> "Temp":
        return Temp(self.celsius + delta)


def main(argv: list[str]) -> int:
    print(MathUtil.gcd(48, 18), MathUtil.gcd(17, 5), MathUtil.lcm(4, 6), MathUtil.lcm(21, 6))
    print(MathUtil.scale(14))
    t = Temp.from_fahrenheit(212.0)
    print(t.celsius, t.fahrenheit())
    t2 = t.warmer(-100.0)
    print(t2.celsius, t2.fahrenheit())
    u = MathUtil()
    print(u.gcd(100, 75))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
