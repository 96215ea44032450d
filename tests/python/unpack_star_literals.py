a = [1, 2]; b = (3,); s = "xy"
print([*a, *b, *s], (*a, *b), {*a, *b})
print([*range(3), 0, *[]])
d1 = {"a": 1, "b": 2}; d2 = {"b": 3, "c": 4}
print({**d1, **d2}, {**d2, "a": 0, **{}}, {"z": 1, **d1})
def f(*args, **kw):
    return args, sorted(kw.items())
print(f(*a, *b, 7, *s))
print(f(**d1, **{"q": 5}))
print(f(1, *[2], x=3, **{"y": 4}))
try:
    f(**d1, **{"a": 9})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**[1])
except TypeError as e:
    print(type(e).__name__, e)
print(*[1, 2], sep="-")
first, *rest = {"k": 1, "j": 2}
print(first, rest)
print(max(*[3, 9, 2]), [*"abc"][::-1])
