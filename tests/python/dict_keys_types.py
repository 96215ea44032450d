d = {}
d[1] = "int"
d[1.0] = "float overwrites int key"
d[True] = "bool too"
d["1"] = "str"
d[(1, 2)] = "tuple"
d[None] = "none"
print(d)
print(d[1], d[(1, 2)], d[None])
try:
    d[[1]] = 1
except TypeError as e:
    print(e)
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, o):
        return isinstance(o, K) and o.v == self.v
m = {K(1): "one", K(2): "two"}
print(m[K(1)], K(3) in m, len(m))
class Ident:
    pass
i1, i2 = Ident(), Ident()
m2 = {i1: 1, i2: 2}
print(m2[i1], m2[i2], len(m2))
big = {}
for i in range(1000):
    big[i * 7 % 1000] = i
for i in range(0, 1000, 2):
    del big[i]
print(len(big), sum(big.keys()), list(big)[:5])
print({1: 2} | {3: 4}, hash(1), hash(-1), hash((1, 2)) == hash((1, 2)), hash(1.0) == hash(1))
