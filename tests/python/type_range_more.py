r = range(3, 20, 4)
print(list(r), len(r), r[0], r[-1], r[1:3], r[::-2], list(r[::-2]))
print(r.index(11), r.count(11), 11 in r, 12 in r, r == range(3, 20, 4), r == range(3, 21, 4))
print(list(range(0)), list(range(-3)), range(5)[-5], min(range(3, 9)), max(range(3, 9)), sorted(range(3), reverse=True))
print(range(1, 10, 3) == range(1, 11, 3), range(0, 0) == range(5, 5), list(range(10, 0, -3)))
big = range(0, 10**12, 7)
print(len(big), big[10**10], 10**11 in big, big.index(70))
print([i for i in range(2, 12, 3) if i % 2], sum(range(1, 5)), tuple(range(3)), set(range(3)))
it = iter(range(3))
print(next(it), list(it), list(reversed(range(-2, 3))))
try:
    range(10)["a"]
except TypeError as e:
    print(type(e).__name__, e)
for i in range(3, 0, -1):
    print(i, end=" ")
print()
print(range(5)[1::2], range(10)[-3:-1], range(10)[5:2:-1])
