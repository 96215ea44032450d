# mixed element kinds and equal keys of different types
s = {1, 2.0, (1, 2), frozenset({3}), True, -7}
print(s)
s.discard(2)
s.add(2.5)
print(s)
print({1, 2, 3} | {1.0, 2.0, 3.0}, {1.0, 2.0} | {1, 2, 3})
print({1, 2, 3} & {1.0, 2.0, 5.0}, {1.0, 2.0, 5.0} & {1, 2, 3})
u = {0, 1} ^ {False, True, 2}
print(u)
print(sorted({"b", "a", "c"}), len({"x", "y", "x"}))
