data = [1, 2, 3, 0, 4]
pos = [0]
def nxt():
    v = data[pos[0]]
    pos[0] += 1
    return v
print(list(iter(nxt, 0)))
it = iter(nxt, 4)
print(type(it).__name__, next(it, "done"), next(it, "done"))
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Counter(), 5)))
for x in iter(Counter(), 3):
    print("got", x)
try:
    iter(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
i = iter([1, 2])
print(iter(i) is i, next(i), next(i), next(i, None))
try:
    next(i)
except StopIteration as e:
    print(type(e).__name__, repr(e))
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(3)
except TypeError as e:
    print(type(e).__name__, e)
it2 = iter("ab")
print(next(it2), list(it2), list(it2))
d = iter({"k": 1})
print(next(d), next(d, "end"))
print(type(iter(range(3))).__name__ != "", iter(iter([1])) is not None)
