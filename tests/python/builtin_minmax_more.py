print(max(1, 2), max([3, 1, 2]), min("bca"), max("a", "b", key=str.upper), min([], default=0), max((1, 2), (1, 3)))
print(max([1, 3, 2], key=lambda x: -x), min(["aa", "b"], key=len), max([2.5, 2]), min(1, 1.0), max(1, 1.0))
print(max({1: "a", 5: "b"}), min(iter([4, 2, 8])), max("abc", default="z"), max([], default=None))
try:
    max([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    min()
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(1, "a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(5)
except TypeError as e:
    print(type(e).__name__, e)
pairs = [(1, "b"), (1, "a"), (0, "z")]
print(max(pairs, key=lambda p: p[0]), min(pairs, key=lambda p: p[0]))
class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __gt__(self, o):
        return self.v > o.v
print(max(V(1), V(3), V(2)).v, min([V(5), V(4)]).v)
