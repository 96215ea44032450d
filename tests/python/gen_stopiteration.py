def g():
    yield 1
    raise StopIteration("x")
try:
    print(list(g()))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def g2():
    next(iter([]))
    yield 1
try:
    list(g2())
except RuntimeError as e:
    print(type(e).__name__, e)
x = 10
gen = (x for _ in range(2))
x = 20
print(list(gen))
y = [1, 2]
g4 = (a * b for a in y for b in range(a))
y = [5]
print(list(g4))
def f():
    return list(i for i in range(3) if i)
print(f())
gg = (i for i in range(3))
print(next(gg), list(gg), list(gg))
try:
    next(gg)
except StopIteration as e:
    print("StopIteration", e.args)
print(sum(i for i in range(10)), max((i % 4 for i in range(10)), default=0))
print(type(gg).__name__)
def named():
    yield
print(named.__name__)
