# Keyword arguments are evaluated in the order written, then bound to the
# parameters (functions, methods, constructors, defaults filled after).


def side(tag: str, v: int) -> int:
    print("eval", tag)
    return v


def f(a: int, b: int, c: int = 7) -> int:
    return a * 100 + b * 10 + c


class Box:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def combine(self, p: int, q: int, r: int = 0) -> int:
        return self.x * 1000 + self.y * 100 + p * 10 + q + r


def make(tag: str) -> Box:
    print("make", tag)
    return Box(1, 2)


def pop_list(xs: list[int], tag: str) -> list[int]:
    print("pop", tag, xs.pop())
    return xs


def g(first: list[int], second: int) -> int:
    return len(first) * 10 + second


def sstr(tag: str, v: str) -> str:
    print("eval", tag)
    return v


def flag(tag: str, v: bool) -> bool:
    print("eval", tag)
    return v


def builtin_keywords() -> None:
    xs = [3, 1, 2]
    print(sorted(xs, reverse=flag("rev", True), key=lambda x: x * side("k", 1)))
    print(sorted(xs, key=lambda x: -x, reverse=flag("rev2", False)))
    xs.sort(reverse=flag("r3", True), key=lambda x: x)
    print(xs)
    print("a,b,c".split(maxsplit=side("max", 1), sep=sstr("sep", ",")))
    print(max(xs, default=side("default", 0), key=lambda x: -x))
    print(list(enumerate(["a"], start=side("start", 5))))
    print(sstr("a", "p") + sstr("b", "q"), end=sstr("end", "\n"), sep=sstr("sep", "-"))
    print(sstr("c", "r"), flush=flag("flush", True))
    print(flush=flag("flush2", False))


def main(argv: list[str]) -> int:
    builtin_keywords()
    print(f(c=side("c", 3), a=side("a", 1), b=side("b", 2)))
    print(f(side("a", 1), c=side("c", 3), b=side("b", 2)))
    print(f(b=side("b", 2), a=side("a", 1)))
    k = 5
    print(f(c=k, a=side("a", 1), b=k))
    b = Box(y=side("y", 4), x=side("x", 3))
    print(b.x, b.y)
    print(make("recv").combine(q=side("q", 1), p=side("p", 2)))
    xs = [1, 2, 3]
    print(g(second=len(xs), first=pop_list(xs, "first")))
    ys = [1, 2, 3]
    print(g(second=ys.pop(), first=ys))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
