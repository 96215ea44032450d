class D(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.extra = 5
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
d = D({'x': 1}, y=2)
print(d, d.extra, d.get('x'), list(d.keys()), d == {'x': 1, 'y': 2})
d['z'] = 3
print(d, len(d), 'z' in d, sorted(d), bool(d), bool(D()))
del d['x']
print(d, d.pop('y'), d, dict(d), {**d})
class M(dict):
    def __missing__(self, key):
        return key.upper()
m = M(a='1')
print(m['a'], m['b'], m, m.get('b'), 'b' in m)
class L(list):
    def first(self):
        return self[0]
l = L([3, 1, 2])
l.append(7)
l.sort()
print(l, l.first(), l[1:], l + [9], type(l).__name__, len(l), isinstance(l, list))
l += [10]
print(l, type(l).__name__)
try:
    hash(D())
except TypeError as e:
    print(type(e).__name__, e)
