print(sum([]), sum([1, 2, 3]), sum([1.5, 2]), sum(range(10), 5), sum([[1], [2]], []), sum(((1,), (2,)), ()), sum([0.1] * 10))
print(sum(x * x for x in range(4)), sum([True, True, False]), sum([10**20, 1]), sum([1], start=10))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(5)
except TypeError as e:
    print(type(e).__name__, e)
class V:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return V(self.v + (o.v if isinstance(o, V) else o))
    def __radd__(self, o):
        return V(o + self.v)
print(sum([V(1), V(2)]).v, sum([V(1)], V(10)).v)
try:
    sum([b"a"], b"")
except TypeError as e:
    print(type(e).__name__, e)
