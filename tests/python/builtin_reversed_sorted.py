print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(3))), list(reversed({"a": 1, "b": 2})))
class R:
    def __reversed__(self):
        return iter("zyx")
class S:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 2
print(list(reversed(R())), list(reversed(S())))
for bad in [{1, 2}, 5]:
    try:
        reversed(bad)
    except TypeError as e:
        print(type(e).__name__, e)
r = reversed([1, 2])
print(next(r), list(r))
print(sorted([3, 1, 2]), sorted("cba"), sorted([3, 1, 2], reverse=True), sorted(["b", "A", "c"], key=str.lower))
print(sorted({3: 1, 1: 2}), sorted((2, 1)), sorted([]), sorted(x for x in [2, 1]))
data = [("a", 2), ("b", 1), ("c", 2), ("d", 1)]
print(sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
try:
    sorted([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
l = [3, 1]
s = sorted(l)
print(l, s, s is not l)
