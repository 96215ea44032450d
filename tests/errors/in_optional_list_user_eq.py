class N:
    def __init__(self, v: int) -> None:
        self.v = v

    def __eq__(self, other: "N") -> bool:
        return self.v == other.v


def main(argv: list[str]) -> int:
    ns: list[N | None] = [None, N(1)]
    print(N(1) in ns)
    return 0


if __name__ == "__main__":
    main([])
