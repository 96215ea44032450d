class Deep:
    def __init__(self, n: int) -> None:
        self.n = n

    def down(self, k: int) -> int:
        return self.down(k + 1) + 1


def forever(n: int) -> int:
    return forever(n + 1) + 1


def ping(n: int) -> int:
    return pong(n + 1) + 1


def pong(n: int) -> int:
    return ping(n + 1) + 1


def bounded(n: int) -> int:
    if n == 0:
        return 0
    return bounded(n - 1) + 1


def main(argv: list[str]) -> int:
    print(bounded(500))
    try:
        forever(0)
    except RecursionError:
        print("RecursionError caught (direct)")
    try:
        ping(0)
    except RecursionError:
        print("RecursionError caught (mutual)")
    try:
        Deep(1).down(0)
    except RuntimeError:
        print("caught as RuntimeError (method)")
    print(bounded(300), "still works")
    count = 0
    for i in range(3):
        try:
            forever(i)
        except RecursionError:
            count += 1
    print("caught", count, "times")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
