# set iteration order for small int sets (CPython's hash table layout)
print({3, 1, 2})
print({-1, 5, 100, 2**40})
print({8, 0, 16, 24})
print({7, 15, 23, 31, 39})
print({-5, -4, -3, -2, -1, 0})
for n in range(1, 12):
    print(n, set(range(n, 0, -1)), {i * 8 for i in range(n)})
print({2**61 - 1, 2**61, 2**61 + 1, -(2**61), 2**63, 2**64 + 3})
x = set()
for v in [40, 8, 16, 0, 24, 32]:
    x.add(v)
    print(x)
