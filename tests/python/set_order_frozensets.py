# frozenset hashes (CPython's algorithm) and frozensets as elements
print(hash(frozenset()), hash(frozenset({1})), hash(frozenset({1, 2, 3})))
print(hash(frozenset({(1, 2), 3.5})), hash(frozenset(range(100))))
print({frozenset({1}), frozenset({2}), frozenset({1, 2}), frozenset()})
print({frozenset({i, i + 1}) for i in range(8)})
f = frozenset([5, 1, 9, 17, 33])
print(f, frozenset(f) is f, f.copy() is f)
print(frozenset(range(12)) | {100, 3}, frozenset({1, 2}) & {2, 3})
print({frozenset({1, 2}): "a"}[frozenset({2, 1})])
s = {1, 2}
print(frozenset({1, 2}) in {frozenset(s)}, s in {frozenset({1, 2})})
