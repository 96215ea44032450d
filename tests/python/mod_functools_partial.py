from functools import partial
def f(a, b, c=3, *, d=4):
    return (a, b, c, d)
p = partial(f, 1)
print(p(2), p(2, 5), p(2, d=9), p.args, p.keywords, p.func is f)
p2 = partial(f, 1, 2, d=0)
print(p2(), p2(c=7), p2(d=1), p2.args, p2.keywords)
p3 = partial(p2, 8)
print(p3(), p3.args, p3.keywords, p3.func is f)
base = partial(int, base=2)
print(base('1010'), base('11', base=10))
print(partial(max, key=len)(['aa', 'b', 'ccc']))
try:
    partial(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p()
except TypeError as e:
    print(type(e).__name__)
print(type(p).__name__, callable(p))
