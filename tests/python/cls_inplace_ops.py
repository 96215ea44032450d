class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        self.v += o
        return self
    def __isub__(self, o):
        self.v -= o
        return self
    def __imul__(self, o):
        return Acc(self.v * o)
    def __add__(self, o):
        return Acc(self.v + o + 1000)
    def __repr__(self):
        return "Acc(%r)" % self.v
a = Acc(1)
orig = a
a += 5
print(a, a is orig)
a -= 2
print(a, a is orig)
a *= 3
print(a, a is orig)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
b = OnlyAdd(1)
ob = b
b += 1
print(b.v, b is ob)
class NI:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return "fallback add"
n = NI()
n += 1
print(n)
xs = [1]
ys = xs
xs += [2]
print(ys, xs is ys)
t = (1,)
u = t
t += (2,)
print(t, u, t is u)
s = {1}
s2 = s
s |= {2}
s &= {2, 3}
print(s, s2 is s)
d = {"a": 1}
d |= {"b": 2}
print(d)
class Weird:
    def __ior__(self, o):
        return "ior result"
w = Weird()
w |= 3
print(w)
try:
    z = object()
    z += 1
except TypeError as e:
    print(type(e).__name__, e)
