class Counter:
    def __init__(self) -> None:
        self.entered = 0
        self.exited = 0

    def __enter__(self) -> "Counter":
        self.entered += 1
        return self

    def __exit__(self, exc_type: object, exc: BaseException | None, tb: object) -> bool:
        self.exited += 1
        return False


def find(c: Counter, xs: list[int], target: int) -> int:
    for i, x in enumerate(xs):
        with c:
            if x == target:
                return i
    return -1


def main(argv: list[str]) -> int:
    c = Counter()
    print(find(c, [5, 6, 7], 6), c.entered, c.exited)
    print(find(c, [5, 6, 7], 9), c.entered, c.exited)
    for i in range(10):
        with c:
            if i == 2:
                break
            if i == 0:
                continue
    print(c.entered, c.exited)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
