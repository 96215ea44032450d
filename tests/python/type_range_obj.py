r = range(10)
print(r, repr(range(1, 5)), range(0, 10, 2), range(5, 0, -1), len(range(0, 10, 3)), len(range(5, 0)))
print(r.start, r.stop, r.step, range(3, 7).start)
print(r.index(3), r.count(3), r.count(11), range(0, 20, 5).index(15))
try:
    r.index(20)
except ValueError as e:
    print(type(e).__name__, e)
print(3 in r, 10 in r, -1 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2), 3.0 in r, "x" in r)
print(r[2:5], r[::-1], r[::2], range(0, 10, 2)[1:3], r[-1], range(1, 20, 3)[2])
print(range(0) == range(0), range(0) == range(5, 1), range(0, 3) == range(3), range(1, 5, 2) == range(1, 6, 2))
print(range(1, 2) != range(1, 3), list(reversed(range(5))), list(reversed(range(0, 10, 3))))
print(list(range(-5, 5, 3)), list(range(5, -5, -3)), sum(range(101)))
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    r[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(bool(range(0)), bool(range(1)), hash(range(3)) == hash(range(3)), type(r).__name__)
print(list(range(2, 2)), range(10)[3:100], range(10)[-100:2])
print(len(range(-10, 10, 7)), list(range(10**3, 10**3 + 2)), range(3).index(True))
print(range(0, 10, 2)[::-1], list(range(0, 10, 2)[::-1]))
