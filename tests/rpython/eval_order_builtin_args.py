"""Arguments of builtins and methods are evaluated once each, left to
right, before the call, as on CPython."""


class C:
    def __init__(self) -> None:
        self.n = 0


def f(tag: str, v: int) -> int:
    print("eval", tag)
    return v


def s(tag: str, v: str) -> str:
    print("eval", tag)
    return v


def fl(tag: str, v: float) -> float:
    print("eval", tag)
    return v


def lst(tag: str) -> list[int]:
    print("eval", tag)
    return [3, 1, 2, 1]


def main(argv: list[str]) -> int:
    print(round(fl("r1", 2.567), f("r2", 2)), round(fl("r3", 2.5)), abs(f("abs", -3)), hex(f("hex", 255)))
    print(s("c1", "ab").center(f("c2", 6), s("c3", "*")), s("z", "7").zfill(f("zw", 3)))
    print(lst("l1").index(f("i1", 1), f("i2", 2)), s("f1", "abcabc").find(s("f2", "c"), f("f3", 3), f("f4", 6)))
    print(s("sp1", "a,b,c").split(s("sp2", ","), f("sp3", 1)), s("rp", "aaa").replace(s("o", "a"), s("n", "b"), f("cnt", 2)))
    xs = lst("pop")
    print(xs.pop(f("p", 0)), xs)
    xs.insert(f("ins1", 1), f("ins2", 9))
    print(xs, xs.count(f("cnt2", 1)))
    print(divmod(f("d1", 7), f("d2", 3)), divmod(fl("d3", 7.5), fl("d4", 2.0)), pow(fl("p1", 2.0), fl("p2", 0.5)))
    print(format(f("fm1", 42), s("fm2", ">5")), f"{f('fs1', 3):>{f('fs2', 4)}}|", f"{fl('fs3', 1.5)!r:{s('fs4', '<')}{f('fs5', 6)}}|")
    print("%s-%d-%r" % (s("pc1", "x"), f("pc2", 1), s("pc3", "y")))
    print(f("in1", 2) in {f("in2", 1): 0, f("in3", 2): 0}, s("in4", "b") in s("in5", "abc"))
    print(isinstance(C(), C), len(lst("len")), not f("not", 0), f("or1", 0) or f("or2", 5), -f("neg", 3), f("pw", 3) ** 2)
    print((f("t1", 1), f("t2", 2)) < (f("t3", 1), f("t4", 3)), [f("rep1", 0)] * f("rep2", 2), f("rep3", 2) * [f("rep4", 1)])
    print(s("sl", "abcdef")[f("a", 1):f("b", 5):f("c", 2)], max(fl("m1", 1.0), fl("m2", 2.5), fl("m3", 0.5)), min(fl("mn1", 3.0), fl("mn2", 2.0)))
    print(sorted(lst("srt"), key=lambda x: f("key" + str(x), -x)))
    print(str(f("str", 1)), bool(f("bool", 0)), float(f("float", 2)), int(s("int", "12"), f("base", 16)), chr(f("chr", 65)), ord(s("ord", "a")))
    print(s("j1", ",").join([s("j2", "a"), s("j3", "b")]), s("st", "xxhixx").strip(s("ch", "x")), s("sw", "abc").startswith((s("p1", "z"), s("p2", "a")), f("sws", 0)))
    print(bytes([f("b1", 65), f("b2", 66)]), s("enc", "é").encode(s("cod", "utf-8"), s("err", "strict")))
    d = {1: 2}
    print(d.get(f("g1", 1), f("g2", 0)), d.pop(f("po1", 5), f("po2", 6)), d.setdefault(f("sd1", 1), f("sd2", 0)))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
