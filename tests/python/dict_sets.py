a = {1, 2, 3}
b = {3, 4}
print(a | b, a & b, a - b, a ^ b, sorted(a.union([9])), a.intersection(b), a.difference(b))
a.add(10); a.discard(1); a.discard(99)
print(sorted(a), len(a), 2 in a)
try:
    a.remove(99)
except KeyError as e:
    print("KeyError", e)
print({1, 2} <= {1, 2, 3}, {1, 2}.issubset([1, 2]), {3}.isdisjoint({4}), set() == set())
s = set()
s.update([1, 2], (3,))
print(sorted(s), set("hello") == set("olleh"), frozenset([1, 2]) == {1, 2})
fs = frozenset([3, 1])
d = {fs: "frozen key"}
print(d[frozenset([1, 3])], len({(1, 2), (1, 2), (2, 1)}))
c = {1, 2, 3}
c -= {1}
c |= {7}
c &= {2, 7, 3}
print(sorted(c), set(), repr(set()), {5})
popped = {42}.pop()
print(popped)
