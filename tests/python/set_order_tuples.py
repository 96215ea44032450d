# tuple hashes (xxHash-based) decide the order
print({(1, 2), (3, 4), (5, 6), (0, 0)})
print({(i, j) for i in range(4) for j in range(3)})
print({(1, (2, 3)), (1, 2, 3), ((1, 2), 3), ()})
print({(1.5, 2), (True, False), (-1, -2)})
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash((-1,)))
s = set()
for i in range(30):
    s.add((i % 5, i // 5))
print(s)
