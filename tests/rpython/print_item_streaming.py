# print writes each separator and item as soon as the item is text: output
# made by an item's __str__ comes between the items, and when a later
# item's __str__/__repr__ raises, what came before it is already written.
import sys


class Noisy:
    def __init__(self, tag: str) -> None:
        self.tag = tag

    def __str__(self) -> str:
        print("inside __str__", self.tag)
        return "noisy-" + self.tag


class Bad:
    def __repr__(self) -> str:
        raise ValueError("bad repr")


class Chatty(Exception):
    def __str__(self) -> str:
        print("inside Chatty.__str__")
        return "chatty"


def fail(n: int) -> None:
    if n == 1:
        raise Chatty()
    raise KeyError("k")


class Loud:
    def __str__(self) -> str:
        print("loud to stderr", file=sys.stderr)
        return "loud"


def num(tag: str, v: int) -> int:
    print("num", tag)
    return v


def sep_of(tag: str) -> str:
    print("sep", tag)
    return "|"


def main(argv: list[str]) -> int:
    print("before", Noisy("a"), "after")
    print(Noisy("first"), "rest")
    print(Noisy("x"), Noisy("y"), sep=", ", end=".\n")
    try:
        print("first", Bad())
    except ValueError as e:
        print("caught", e)
    try:
        print(1, 2.5, [3], Bad(), "never", sep="-", end="!\n")
    except ValueError as e:
        print("caught", e)
    try:
        print("no end", Bad(), end="")
    except ValueError as e:
        print("caught", e)
    print(num("a", 1), Noisy("b"), num("c", 3))
    print(num("d", 4), Noisy("e"), sep=sep_of("s"), end=sep_of("end") + "\n")
    ns: list[Noisy] = [Noisy("l1"), Noisy("l2")]
    print("items", ns[0], ns[1], flush=True)
    m: Noisy | None = Noisy("opt")
    print("optional", m)
    m = None
    print("none", m)
    for n in range(2):
        try:
            fail(n)
        except Exception as e:
            print("caught", e, "after")
    print("plain", 1, True, None, 2.0, (1, "a"), [1, 2], {"k": 3}, b"x")
    sys.stdout.flush()
    print("err", Loud(), "tail", file=sys.stderr)
    try:
        print("err", Bad(), file=sys.stderr)
    except ValueError as e:
        print("caught", e, file=sys.stderr)
    sys.stderr.flush()
    print("done")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
