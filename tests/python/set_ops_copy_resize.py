# copies use a table sized for their length, which can change the order
base = set()
for v in [0, 16, 1, 2, 3, 32, 48, 64]:
    base.add(v)
print(base, base.copy(), set(base), base | set())
big = set(range(0, 2000, 13))
print(big.copy() == big, len(big))
c = big.copy()
print(c.pop(), c.pop(), c.pop())
for n in [4, 5, 6, 9, 10, 19, 20, 40, 77, 78]:
    s = set(range(n * 3, 0, -3))
    print(n, s.copy(), set(list(s)))
