class Bits:
    def __init__(self, x: int) -> None:
        self.x = x

    def __or__(self, o: "Bits") -> "Bits":
        return Bits(self.x | o.x)

    def __and__(self, o: "Bits") -> "Bits":
        return Bits(self.x & o.x)

    def __xor__(self, o: "Bits") -> "Bits":
        return Bits(self.x ^ o.x)

    def __eq__(self, o: "Bits") -> bool:
        print("eq called")
        return self.x == o.x

    def __ne__(self, o: "Bits") -> bool:
        print("ne called")
        return self.x != o.x

    def __neg__(self) -> "Bits":
        return Bits(-self.x)

    def __truediv__(self, o: "Bits") -> float:
        return self.x / o.x

    def __floordiv__(self, o: "Bits") -> "Bits":
        return Bits(self.x // o.x)

    def __mod__(self, o: "Bits") -> "Bits":
        return Bits(self.x % o.x)


class Plain:
    def __init__(self, x: int) -> None:
        self.x = x

    def __eq__(self, o: "Plain") -> bool:
        print("plain eq called")
        return self.x == o.x


def main(argv: list[str]) -> int:
    a = Bits(12)
    b = Bits(10)
    print((a | b).x, (a & b).x, (a ^ b).x)
    print(a != b)
    print(a == b)
    print(a != Bits(12))
    print((-a).x)
    print(a / b)
    print((a // b).x, (a % b).x, (Bits(-7) % Bits(3)).x)
    c = a
    c |= b
    print(c.x, a.x)
    print(Plain(1) != Plain(2))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
