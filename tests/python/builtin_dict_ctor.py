print(dict(), dict(a=1, b=2), dict([("x", 1)]), dict({"k": "v"}, z=0), dict(zip("ab", [1, 2])))
print(dict([[1, 2], (3, 4)]), dict(((i, i * i) for i in range(3))), dict.fromkeys("ab"), dict.fromkeys([1, 2], 0))
class M:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, k):
        return k.upper()
print(dict(M()))
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    dict(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
d = dict(a=1)
d2 = dict(d)
d2["b"] = 2
print(d, d2, d == dict(a=1), type(d).__name__)
print({**d, **d2, "c": 3}, dict(**d2))
print(list(dict(b=1, a=2)), dict(a=1) | dict(b=2))
