class Key:
    def __init__(self, a: int, b: str) -> None:
        self.a = a
        self.b = b

    def __eq__(self, other: "Key") -> bool:
        return self.a == other.a and self.b == other.b

    def __hash__(self) -> int:
        return self.a * 31 + len(self.b)

    def __repr__(self) -> str:
        return f"Key({self.a}, {self.b!r})"


def main(argv: list[str]) -> int:
    s: set[Key] = set()
    s.add(Key(1, "x"))
    s.add(Key(1, "x"))
    s.add(Key(2, "y"))
    print(len(s), Key(1, "x") in s, Key(1, "y") in s)
    s.discard(Key(2, "y"))
    print(len(s), Key(2, "y") in s)
    d: dict[Key, str] = {}
    d[Key(5, "k")] = "first"
    d[Key(5, "k")] = "second"
    print(len(d), d[Key(5, "k")], d)
    print(Key(3, "q") == Key(3, "q"), Key(3, "q") != Key(3, "r"))
    keys = [Key(2, "b"), Key(1, "a")]
    print(Key(1, "a") in keys, keys.index(Key(1, "a")), keys.count(Key(2, "b")))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
