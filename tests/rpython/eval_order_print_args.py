# Every argument of print, str.format and `%` with a tuple is evaluated
# before the first is turned into text (f-strings format as they go).


class Counter:
    def __init__(self) -> None:
        self.n = 0

    def __str__(self) -> str:
        return "Counter(" + str(self.n) + ")"

    def bump(self) -> int:
        self.n += 1
        return self.n


def sep_of(tag: str) -> str:
    print("sep", tag)
    return "-"


def num(tag: str, v: int) -> int:
    print("num", tag)
    return v


def yes(tag: str) -> bool:
    print("flag", tag)
    return True


def main(argv: list[str]) -> int:
    print(num("a", 1), num("b", 2), sep=sep_of("s"))
    print(num("c", 3), flush=yes("f"))
    print(num("d", 4), num("e", 5), end=sep_of("end") + "\n")
    print("{}-{}".format(num("g", 6), num("h", 7)))
    print("%d/%d" % (num("i", 8), num("j", 9)))
    xs = [1]
    print(xs, xs.pop())
    ys = [1, 2]
    print("{} {}".format(ys, ys.pop()))
    zs = [1, 2, 3]
    print("%s %d" % (zs, zs.pop()))
    ws = [4, 5]
    print("{a} {b}".format(a=ws, b=ws.pop()))
    vs = [6, 7]
    print("{} {x}".format(vs, x=vs.pop()))
    c = Counter()
    print(c, c.bump(), c, c.bump())
    d = Counter()
    print("{} {}".format(d, d.bump()))
    e = Counter()
    print(f"{e} {e.bump()} {e}")
    us = [8, 9]
    print(us, sep=sep_of(str(us.pop())))
    ts = [1, 2]
    print(ts, len(ts), sep=sep_of("a"), end=sep_of("b") + "\n")
    qs = [3, 4]
    print(qs, end=sep_of(str(qs.pop())) + "\n", sep=sep_of("c"))
    print(len(qs), qs)
    k = 3
    print(k, "x", k)
    print("%s-%s" % (k, k))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
