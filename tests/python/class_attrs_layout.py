class P:
    pass
objs = []
for i in range(5):
    o = P()
    o.a = i
    o.b = i * 2
    if i % 2:
        o.c = "odd"
    objs.append(o)
for o in objs:
    print(o.a, o.b, getattr(o, "c", "-"), sorted(o.__dict__))
class Counter:
    total = 0
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
        Counter.total += 1
        return self
c1, c2 = Counter(), Counter()
c1.inc().inc()
c2.inc()
print(c1.n, c2.n, Counter.total, c1.total)
c1.total = 99
print(c1.total, Counter.total, c2.total)
class Slots:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 1
s = Slots()
s.y = 2
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError")
print(s.x, s.y)
class WithGetattr:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        return "virtual_" + name
w = WithGetattr()
print(w.real, w.foo, w.bar)
