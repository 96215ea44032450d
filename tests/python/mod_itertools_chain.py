import itertools
print(list(itertools.chain('abc', [1, 2], (3,), range(2))))
print(list(itertools.chain()), list(itertools.chain([], [], [9])))
print(list(itertools.chain.from_iterable(['ab', 'cd', ''])))
print(list(itertools.chain.from_iterable([[1, 2], [3], []])))
def gen():
    print('gen started')
    yield [1]
    yield [2, 3]
c = itertools.chain.from_iterable(gen())
print('created')
print(next(c), list(c))
c = itertools.chain([1], 5)
print(next(c))
try:
    next(c)
except TypeError as e:
    print(type(e).__name__, e)
print(type(itertools.chain()).__name__, type(itertools.chain.from_iterable([])).__name__)
print(sum(itertools.chain(range(3), range(4))))
