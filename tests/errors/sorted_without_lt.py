class P:
    def __init__(self, x: int) -> None:
        self.x = x


def main(argv: list[str]) -> int:
    ps = [P(2), P(1)]
    qs = sorted(ps)
    return len(qs)


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
