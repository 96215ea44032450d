"""Variables captured by nested functions and lambdas, assigned on every
path before the closure is made: the closure sees their current value
(late binding), including loop variables, `nonlocal` writes and chains of
nested functions."""

from typing import Callable


class Box:
    def __init__(self, v: int) -> None:
        self.v = v

    def __enter__(self) -> int:
        return self.v * 2

    def __exit__(self, exc_type: object, exc: BaseException | None, tb: object) -> bool:
        return False


def both_branches(flag: bool) -> Callable[[], str]:
    if flag:
        s = "yes"
    else:
        s = "no"

    def get() -> str:
        return s
    return get


def late(n: int) -> Callable[[], int]:
    x = n
    f: Callable[[], int] = lambda: x * 10
    x = n + 1
    print("own read", x)
    return f


def loop_vars() -> list[Callable[[], int]]:
    fs: list[Callable[[], int]] = []
    # Bound before the loop: read after it even if it ran zero times.
    i = -1
    for i in range(3):
        fs.append(lambda: i)
    print("after loop", i)
    return fs


def loop_vars_literal() -> list[Callable[[], int]]:
    fs: list[Callable[[], int]] = []
    # A literal range surely runs: its variable is bound after the loop.
    for i in range(3):
        fs.append(lambda: i)
    print("after literal loop", i)
    for s in ["x", "y"]:
        fs.append(lambda: len(s) * 100)
    else:
        print("else sees", s)
    print("after list loop", s)
    return fs


def loop_body_value(xs: list[str]) -> list[Callable[[], str]]:
    out: list[Callable[[], str]] = []
    for x in xs:
        label = x.upper()
        out.append(lambda: label + "!")
    return out


def counter() -> Callable[[], int]:
    count = 0

    def incr() -> int:
        nonlocal count
        count += 1
        return count
    incr()
    print("count now", count)
    return incr


def chain(a: int) -> Callable[[], Callable[[], int]]:
    b = a * 2

    def middle() -> Callable[[], int]:
        c = b + 1

        def inner() -> int:
            return a + b + c
        return inner
    return middle


def recursive(n: int) -> int:
    def fact(k: int) -> int:
        return 1 if k <= 1 else k * fact(k - 1)
    helper: Callable[[int], int] = lambda k: fact(k) + 1
    return helper(n)


def unpacked(pair: tuple[int, str]) -> Callable[[], str]:
    num, word = pair
    return lambda: word * num


def with_target() -> Callable[[], int]:
    with Box(21) as v:
        pass
    return lambda: v


def in_try(s: str) -> Callable[[], int]:
    try:
        k = int(s)
    except ValueError:
        k = -1
    return lambda: k


def break_out(limit: int) -> Callable[[], int]:
    while True:
        found = limit * 3
        break
    return lambda: found


def augmented(n: int) -> Callable[[], int]:
    total = n
    get: Callable[[], int] = lambda: total
    total += 5
    total *= 2
    return get


def def_names(flag: bool) -> Callable[[], int]:
    def one() -> int:
        return 1

    def two() -> int:
        return one() + 1
    if flag:
        return lambda: two() * 10
    return two


def param_captured(p: str) -> Callable[[], str]:
    get: Callable[[], str] = lambda: p
    p = p + "?"
    return get


def main(argv: list[str]) -> int:
    print(both_branches(True)(), both_branches(False)())
    print(late(4)())
    print([f() for f in loop_vars()])
    print([f() for f in loop_vars_literal()])
    print([f() for f in loop_body_value(["a", "bc"])])
    c = counter()
    print(c(), c())
    print(chain(5)()())
    print(recursive(5))
    print(unpacked((3, "ab"))())
    print(with_target()())
    print(in_try("12")(), in_try("x")())
    print(break_out(7)())
    print(augmented(1)())
    print(def_names(True)(), def_names(False)())
    print(param_captured("hi")())
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
