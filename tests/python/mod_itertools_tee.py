import itertools
a, b = itertools.tee(range(5))
print(next(a), next(a), next(b), list(a), list(b))
x, y, z = itertools.tee('abc', 3)
print(list(x), list(y), list(z))
print(itertools.tee([1], 0), len(itertools.tee([1])))
pulled = []
def gen():
    for i in range(4):
        pulled.append(i)
        yield i
a, b = itertools.tee(gen())
print(next(a), next(a), pulled, next(b), pulled)
it = iter([1, 2, 3])
a, b = itertools.tee(it)
print(next(a), next(it), list(b))
try:
    itertools.tee([1], -1)
except ValueError as e:
    print(type(e).__name__, e)
a, b = itertools.tee(iter([7, 8, 9]))
c, d = itertools.tee(a)
print(next(c), list(d), list(a), list(b))
