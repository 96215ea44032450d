# method forms with several arguments and non-set iterables
s = {10, 20, 30, 40, 50}
print(s.union([1, 2], (3,), {99}), s.union())
print(s.intersection([10, 30, 70], {30, 10}), s.intersection())
print(s.difference([10], {20}), s.difference())
print(s.symmetric_difference([50, 60, 70]))
print(s.copy(), set(s), frozenset(s))
d = {5: 1, 1: 2, 9: 3, 100: 4}
print(set(d), s.union(d), s - set(d))
t = set(range(10))
t.update(d)
print(t)
print(set("") , set([]), set(()))
print(s.issubset(range(100)), s.isdisjoint([1, 2]), s >= {10}, s < set(range(0, 60, 10)))
