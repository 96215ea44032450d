def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6, d=7))
print(f(*[1, 2, 3], **{"c": 9, "z": 0}))
def g(x, /, y, *, z):
    return x + y + z
print(g(1, 2, z=3), g(1, y=2, z=3))
def h(*args, **kwargs):
    return args, kwargs
print(h(), h(1, a=2))
def defaults(x=[]):
    x.append(1)
    return x
print(defaults(), defaults(), defaults([5]))
for call in [lambda: f(), lambda: g(1, 2, 3), lambda: f(1, c=1, a=2), lambda: g(1, 2), lambda: f(1, 2, c=3, q=1, **{"q": 2})]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
def many(a, b, c):
    pass
try:
    many(1)
except TypeError as e:
    print(e)
try:
    many(1, 2, 3, 4)
except TypeError as e:
    print(e)
