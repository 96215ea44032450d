class Counter:
    def __init__(self, start: int) -> None:
        self.count = start
        self.name = "counter"

    def incr(self) -> None:
        self.count += 1

    def get(self) -> int:
        return self.count


class Empty:
    pass


def main(argv: list[str]) -> int:
    c = Counter(5)
    c.incr()
    c.incr()
    print(c.name, c.get(), c.count)
    c.count = 100
    c.name = "renamed"
    print(c.name, c.get())
    e = Empty()
    es = [e, Empty()]
    print(len(es))
    return 0

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
