# Calls of special methods, key functions and context managers between a
# narrowing test and a use run user code that may change the path.

from typing import Callable


class Node:
    def __init__(self, v: int) -> None:
        self.v = v


class Box:
    def __init__(self) -> None:
        self.x: Node | None = Node(1)
        self.hits = 0


class Sneaky:
    def __init__(self, box: Box) -> None:
        self.box = box

    def __str__(self) -> str:
        self.box.x = None
        return "sneaky"

    def __eq__(self, other: "Sneaky") -> bool:
        self.box.x = None
        return True

    def __hash__(self) -> int:
        self.box.x = None
        return 1

    def __len__(self) -> int:
        self.box.x = None
        return 3

    def __contains__(self, k: int) -> bool:
        self.box.x = None
        return True

    def __lt__(self, other: "Sneaky") -> bool:
        self.box.x = None
        return True

    def __add__(self, other: "Sneaky") -> "Sneaky":
        self.box.x = None
        return self


class Ctx:
    def __init__(self, box: Box) -> None:
        self.box = box

    def __enter__(self) -> "Ctx":
        self.box.x = None
        return self

    def __exit__(self, exc_type: object, exc: BaseException | None, tb: object) -> bool:
        return False


def attempt(label: str, f: Callable[[], int]) -> None:
    try:
        print(label, f())
    except AttributeError as e:
        print(label, "AttributeError:", e)


def via_print(b: Box) -> int:
    b.x = Node(2)
    s = Sneaky(b)
    if b.x is not None:
        print(s, b.x.v)
    return 0


def via_fstring(b: Box) -> int:
    b.x = Node(3)
    s = Sneaky(b)
    if b.x is not None:
        print(f"{s} {b.x.v}")
    return 0


def via_eq(b: Box) -> int:
    b.x = Node(4)
    s = Sneaky(b)
    if b.x is not None:
        print(s == s, b.x.v)
    return 0


def via_len(b: Box) -> int:
    b.x = Node(5)
    s = Sneaky(b)
    if b.x is not None:
        return len(s) + b.x.v
    return 0


def via_in(b: Box) -> int:
    b.x = Node(6)
    s = Sneaky(b)
    if b.x is not None:
        return (1 in s) + b.x.v
    return 0


def via_dict(b: Box) -> int:
    b.x = Node(7)
    s = Sneaky(b)
    if b.x is not None:
        d: dict[Sneaky, int] = {}
        d[s] = 1
        return b.x.v
    return 0


def via_sort(b: Box) -> int:
    b.x = Node(8)
    s = Sneaky(b)
    if b.x is not None:
        xs = sorted([s, s])
        return len(xs) + b.x.v
    return 0


def via_key(b: Box) -> int:
    b.x = Node(9)
    if b.x is not None:
        def k(n: int) -> int:
            b.x = None
            return n
        xs = sorted([2, 1], key=k)
        return xs[0] + b.x.v
    return 0


def via_add(b: Box) -> int:
    b.x = Node(10)
    s = Sneaky(b)
    if b.x is not None:
        t = s + s
        return b.x.v
    return 0


def via_with(b: Box) -> int:
    b.x = Node(11)
    if b.x is not None:
        with Ctx(b):
            return b.x.v
    return 0


def via_bool_test(b: Box) -> int:
    b.x = Node(12)
    s = Sneaky(b)
    if b.x is not None and len(s) > 0 and b.x.v > 0:
        return 1
    return 0


def via_ifexp(b: Box) -> int:
    b.x = Node(13)
    s = Sneaky(b)
    return b.x.v if b.x is not None and len(s) > 0 else -1


def via_while(b: Box) -> int:
    b.x = Node(14)
    s = Sneaky(b)
    n = 0
    if b.x is not None:
        while n < 3:
            n += b.x.v
            n += len(s)
    return n


def via_comp(b: Box) -> int:
    b.x = Node(15)
    s = Sneaky(b)
    if b.x is not None:
        xs = [b.x.v + len(s) for i in range(3)]
        return sum(xs)
    return 0


def via_gen(b: Box) -> int:
    b.x = Node(16)
    s = Sneaky(b)
    if b.x is not None:
        return sum(b.x.v + len(s) for i in range(3))
    return 0


def via_handler(b: Box) -> int:
    b.x = Node(17)
    s = Sneaky(b)
    if b.x is not None:
        try:
            n = len(s)
            raise ValueError("x")
        except ValueError:
            return b.x.v
    return 0


def via_finally(b: Box) -> int:
    b.x = Node(18)
    s = Sneaky(b)
    if b.x is not None:
        try:
            n = len(s)
        finally:
            print(b.x.v)
    return 0


def via_str(b: Box) -> int:
    b.x = Node(19)
    s = Sneaky(b)
    if b.x is not None:
        t = str(s) + str(b.x.v)
        return len(t)
    return 0


def via_min(b: Box) -> int:
    b.x = Node(20)
    s = Sneaky(b)
    if b.x is not None:
        m = min(s, s)
        return b.x.v
    return 0


def via_percent(b: Box) -> int:
    b.x = Node(21)
    s = Sneaky(b)
    if b.x is not None:
        # The tuple is built (b.x.v read) before `__str__` runs.
        print("%s %d" % (s, b.x.v))
        print("{} {}".format(s, b.x is None))
    return 0


def via_display(b: Box) -> int:
    b.x = Node(22)
    s = Sneaky(b)
    if b.x is not None:
        # Keys and values are evaluated before any is hashed.
        d = {s: b.x.v}
        print(len(d), b.x is None)
        b.x = Node(23)
        e = {s, Sneaky(b)}
        print(len(e), b.x is None)
    return 0


def main(argv: list[str]) -> int:
    b = Box()
    attempt("print", lambda: via_print(b))
    attempt("fstring", lambda: via_fstring(b))
    attempt("eq", lambda: via_eq(b))
    attempt("len", lambda: via_len(b))
    attempt("in", lambda: via_in(b))
    attempt("dict", lambda: via_dict(b))
    attempt("sort", lambda: via_sort(b))
    attempt("key", lambda: via_key(b))
    attempt("add", lambda: via_add(b))
    attempt("with", lambda: via_with(b))
    attempt("booltest", lambda: via_bool_test(b))
    attempt("ifexp", lambda: via_ifexp(b))
    attempt("while", lambda: via_while(b))
    attempt("comp", lambda: via_comp(b))
    attempt("gen", lambda: via_gen(b))
    attempt("handler", lambda: via_handler(b))
    attempt("finally", lambda: via_finally(b))
    attempt("str", lambda: via_str(b))
    attempt("min", lambda: via_min(b))
    attempt("percent", lambda: via_percent(b))
    attempt("display", lambda: via_display(b))
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv))
