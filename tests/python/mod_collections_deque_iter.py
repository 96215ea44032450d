from collections import deque
d = deque([1, 2, 3])
it = iter(d)
print(next(it))
d.append(4)
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
print(list(d), sum(d), max(d), sorted(deque([3, 1, 2])))
for x in deque('xy'):
    print(x)
print(list(reversed(deque([1, 2, 3]))), list(enumerate(deque('ab'))))
a, b, c, e = d
print(a, b, c, e, *d)
