from collections import deque
d = deque([1, 2, 3, 2, 1, 2])
print(d.count(2), d.count(9), d.index(2), d.index(2, 2), d.index(1, 1, 5))
d.remove(2)
print(d)
d.insert(1, 'x')
d.insert(-1, 'y')
d.insert(100, 'z')
print(d)
for args in [(9,), (2, 5, 6)]:
    try:
        d.index(*args)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    d.remove('nope')
except ValueError as e:
    print(type(e).__name__, e)
print(d.copy(), d.copy() is d, d.copy() == d)
