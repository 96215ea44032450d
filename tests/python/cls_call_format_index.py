class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale
a = Adder(10)
print(a(1), a(1, 2, 3), a(1, scale=2), callable(a), list(map(a, [1, 2])))
class Money:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec == "":
            return "$" + str(self.c)
        return "$" + format(self.c, spec)
m = Money(5)
print(format(m), f"{m}", f"{m:>6}", "{:04d}".format(m), f"[{m!s}]"[:2])
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
xs = ["a", "b", "c", "d"]
print(xs[Idx(1)], xs[Idx(1):Idx(3)], "abcd"[Idx(2)], (1, 2, 3)[Idx(-1)], hex(Idx(255)), bin(Idx(3)))
print(range(Idx(3)), list(range(Idx(1), Idx(4))), [0] * Idx(2), "ab" * Idx(2), int(Idx(7)))
try:
    xs[Idx("no")]
except TypeError as e:
    print(type(e).__name__, e)
class NotIdx:
    pass
try:
    xs[NotIdx()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    NotIdx()()
except TypeError as e:
    print(type(e).__name__, e)
class Cnt:
    n = 0
    def __call__(self):
        Cnt.n += 1
        return Cnt.n
c = Cnt()
c(); c()
print(c(), Cnt.n)
