fs = frozenset([1, 2, 3])
s = {2, 3, 4}
r1 = fs | s
r2 = s | fs
print(type(r1).__name__, sorted(r1), type(r2).__name__, sorted(r2))
print(type(fs & s).__name__, sorted(fs & s), type(s & fs).__name__)
print(type(fs - s).__name__, sorted(fs - s), type(s - fs).__name__, sorted(s - fs))
print(type(fs ^ s).__name__, sorted(fs ^ s))
print(fs == frozenset(s), s == set(fs), fs != s)
t = set()
t |= fs
print(type(t).__name__, sorted(t))
u = frozenset([9])
u |= s
print(type(u).__name__, sorted(u))
print(sorted(s.union(fs)), type(s.union(fs)).__name__, type(fs.union(s)).__name__)
print(s.issubset(fs | s), fs.issubset(fs), {frozenset([1])} == {frozenset([1])})
nested = frozenset([frozenset([1, 2]), frozenset([3])])
print(len(nested), frozenset([1, 2]) in nested, {1, 2} in nested)
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset([[1]])
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash({1})
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(frozenset(["b", "a", "c"])), "a" in frozenset(["a"]))
print(set(frozenset([5, 6])), frozenset(set([7])))
