class V:
    def __init__(self, *c):
        self.c = c
    def __neg__(self):
        return V(*[-x for x in self.c])
    def __pos__(self):
        return V(*self.c)
    def __abs__(self):
        return sum(x * x for x in self.c) ** 0.5
    def __invert__(self):
        return V(*reversed(self.c))
    def __round__(self, n=0):
        return V(*[round(x, n) for x in self.c])
    def __int__(self):
        return int(sum(self.c))
    def __float__(self):
        return float(sum(self.c))
    def __repr__(self):
        return "V%r" % (self.c,)
v = V(3, -4)
print(-v, +v, abs(v), ~v, round(V(1.26, 2.5), 1), int(V(1.5, 2)), float(v))
class NoOps:
    pass
for op in ["-", "+", "~"]:
    try:
        eval(op + "NoOps()")
    except TypeError as e:
        print(type(e).__name__, e)
try:
    abs(NoOps())
except TypeError as e:
    print(type(e).__name__, e)
print(not v, bool(v), -(-v).c[0])
