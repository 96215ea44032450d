import itertools
c = itertools.count(0.5, 0.25)
print([next(c) for _ in range(5)], repr(c))
c = itertools.count(1, 0.5)
print([next(c) for _ in range(3)], repr(c))
c = itertools.count(2.0)
print(next(c), repr(c))
c = itertools.count(1, 1.0)
print(repr(c))
