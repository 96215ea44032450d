class O:
    def __init__(self):
        self.v = 1
        self.l = [1]
o = O()
o.v += 5; o.v *= 2; o.v -= 1; o.v //= 3; o.v **= 2; o.v %= 7
print(o.v)
o.l += [2]; o.l *= 2; print(o.l)
d = {"a": 1}
d["a"] += 10; d["a"] <<= 2; d["a"] |= 1; d["a"] ^= 3; d["a"] &= 0xff; d["a"] >>= 1
print(d)
calls = []
def key():
    calls.append("key")
    return "a"
def obj():
    calls.append("obj")
    return d
obj()[key()] += 1
print(d, calls)
l = [1, 2, 3]
alias = l
l += [4]
print(alias is l, alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
s = "a"; s += "b"; s *= 3; print(s)
x = 7; x /= 2; print(x)
try:
    d["zz"] += 1
except KeyError as e:
    print(type(e).__name__, e)
try:
    tt = (1, [2])
    tt[1] += [3]
except TypeError as e:
    print(type(e).__name__, e, tt)
class V:
    def __init__(self, n): self.n = n
    def __iadd__(self, o):
        self.n += o
        return self
    def __add__(self, o):
        return V(self.n + o + 100)
v = V(1); w = v; v += 1; print(v.n, v is w)
class W:
    def __init__(self, n): self.n = n
    def __add__(self, o): return W(self.n + o)
w1 = W(1); w2 = w1; w1 += 1; print(w1.n, w2.n, w1 is w2)
