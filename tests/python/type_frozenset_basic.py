fs = frozenset([1, 2, 3, 3])
print(fs, repr(fs), len(fs), type(fs).__name__, frozenset())
print(1 in fs, 5 in fs, sorted(fs), fs == {1, 2, 3}, {1, 2, 3} == fs)
print(hash(fs) == hash(frozenset([1, 2, 3])), hash(frozenset()) == hash(frozenset([])))
d = {fs: "a", frozenset(): "empty"}
print(d[frozenset([2, 1, 3])], d[frozenset()])
s = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(s))
print(sorted(frozenset("hello")))
try:
    fs.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
print(fs.union([4]), fs.intersection({1, 9}), fs.difference([1]), fs.symmetric_difference({1, 5}))
print(fs.issubset({1, 2, 3, 4}), fs.issuperset([1]), fs.isdisjoint([7]))
print(fs.copy() == fs, type(fs.copy()).__name__)
print(frozenset(range(3)) | frozenset([5]))
print(frozenset({1: 2, 3: 4}), frozenset((1, 2)))
print(frozenset([1, 2]) < frozenset([1, 2, 3]), frozenset([1]) >= frozenset(), frozenset([1]) > frozenset([1]))
x = frozenset([1, 2])
y = frozenset(x)
print(x == y, bool(frozenset()), bool(x))
