a = frozenset([1, 2, 3, 4])
b = frozenset([3, 4, 5])
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [9]), a.intersection(b, [4]), a.difference([1], [2]), a.isdisjoint(b), a.issubset(range(10)))
print(a <= a, a < a, a >= b, a > frozenset([1]), a == set(a), a != b)
c = a.copy()
print(c == a, type(c).__name__, len(a | b), sorted(a ^ b))
d = {a: "first"}
d[frozenset([4, 3, 2, 1])] = "second"
print(len(d), d[a])
print(frozenset(x % 3 for x in range(10)), frozenset("aab") == frozenset("ab"))
s = set()
s.add(a)
s.add(frozenset(a))
print(len(s), a in s, frozenset() in s)
print(sorted(frozenset([(1, 2), (0, 1)])), frozenset([1, 2]).union())
try:
    a.remove(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    a - [1]
except TypeError as e:
    print(type(e).__name__, e)
