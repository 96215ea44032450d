import itertools
c = itertools.count()
print(next(c), next(c), next(c), repr(c))
c = itertools.count(10, 5)
print([next(c) for _ in range(4)], repr(c))
c = itertools.count(-3, -2)
print([next(c) for _ in range(4)], repr(c))
print(list(zip('abc', itertools.count(1))))
print(repr(itertools.count(start=7)), repr(itertools.count(step=3)))
for bad in ['a', None, [1]]:
    try:
        itertools.count(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(type(itertools.count()).__name__)
