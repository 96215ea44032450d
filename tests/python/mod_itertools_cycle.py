import itertools
c = itertools.cycle('ABC')
print([next(c) for _ in range(8)])
c = itertools.cycle([])
print(list(c))
seen = []
def gen():
    for i in range(3):
        seen.append(i)
        yield i
c = itertools.cycle(gen())
print(next(c), seen)
print([next(c) for _ in range(7)], seen)
print(list(itertools.islice(itertools.cycle(range(2)), 5)))
try:
    itertools.cycle(5)
except TypeError as e:
    print(type(e).__name__, e)
