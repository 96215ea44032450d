from collections import namedtuple
P = namedtuple('P', 'x y')
for args, kw in [((), {}), ((1,), {}), ((1, 2, 3), {}), ((1,), {'x': 2}), ((1, 2), {'z': 3})]:
    try:
        P(*args, **kw)
    except TypeError as e:
        print(type(e).__name__, e)
T3 = namedtuple('T3', 'a b c')
try:
    T3()
except TypeError as e:
    print(type(e).__name__, e)
for name, fields in [('Bad', 'a 1b'), ('Bad', 'a class'), ('Bad', 'a _b'), ('Bad', 'a a'), ('1Bad', 'a'), ('def', 'a')]:
    try:
        namedtuple(name, fields)
    except ValueError as e:
        print(type(e).__name__, e)
R = namedtuple('R', 'a def a _x', rename=True)
print(R._fields, R(1, 2, 3, 4))
