class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __len__(self):
        return len(self.xs)
    def __getitem__(self, i):
        return self.xs[i]
    def __setitem__(self, i, v):
        self.xs[i] = v
    def __delitem__(self, i):
        del self.xs[i]
    def __contains__(self, v):
        return v in self.xs
    def __iter__(self):
        return iter(self.xs)
    def __mul__(self, k):
        return Vec(*[x * k for x in self.xs])
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return Vec(*[-x for x in self.xs])
    def __lt__(self, other):
        return sum(self.xs) < sum(other.xs)
    def __call__(self, n):
        return self.xs[:n]
    def __str__(self):
        return "Vec" + str(tuple(self.xs))
    def __iadd__(self, other):
        self.xs.extend(other.xs)
        return self
v = Vec(1, 2, 3)
print(len(v), v[0], v[-1], 2 in v, 5 in v, list(v), str(v * 2), str(3 * v), str(-v))
v[0] = 10
del v[1]
print(v, v(1), sorted([Vec(5), Vec(1, 1), Vec(0)], key=lambda z: sum(z.xs))[0])
print(Vec(1) < Vec(2), Vec(3) > Vec(2), max(Vec(1), Vec(9), Vec(3)))
w = v
w += Vec(7)
print(w is v, v)
class Ctx:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, t, e, tb):
        print("exit", t.__name__ if t else None, e)
        return True
with Ctx() as c:
    print("inside", type(c).__name__)
    raise ValueError("boom")
print("after with")
