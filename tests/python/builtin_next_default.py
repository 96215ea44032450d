it = iter([1])
print(next(it, "d"), next(it, "d"), next(it, None))
def g():
    yield 1
    return 5
gi = g()
print(next(gi), next(gi, "fallback"))
class It:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration
        return self.i
x = It()
print(next(x), next(x), next(x, "end"), list(It()))
try:
    next(It(), 1, 2)
except TypeError as e:
    print(type(e).__name__)
m = map(str, [1])
print(next(m), next(m, "-"))
f = filter(None, [0, 7])
print(next(f), next(f, "-"))
e = enumerate("a")
print(next(e), next(e, "-"))
r = reversed([1, 2])
print(next(r), next(r), next(r, "-"))
