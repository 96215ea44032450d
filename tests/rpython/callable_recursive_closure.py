from typing import Callable


def memoize(f: Callable[[int], int]) -> Callable[[int], int]:
    cache: dict[int, int] = {}

    def wrapped(n: int) -> int:
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return wrapped


def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def counter_calls(f: Callable[[int], int], calls: list[int]) -> Callable[[int], int]:
    def inner(n: int) -> int:
        calls[0] += 1
        return f(n)
    return inner


def main(argv: list[str]) -> int:
    mf = memoize(fib)
    print(mf(20), mf(20), mf(25))
    calls = [0]
    counted = counter_calls(lambda n: n * n, calls)
    print([counted(i) for i in range(5)], calls[0])

    def walk(n: int, out: list[int]) -> None:
        if n == 0:
            return
        out.append(n)
        walk(n - 1, out)
    acc: list[int] = []
    walk(5, acc)
    print(acc)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
