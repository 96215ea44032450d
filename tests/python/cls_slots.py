class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y, P.__slots__, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
del p.y
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
p.y = 9
print(p.y)
class Q(P):
    __slots__ = ["z"]
q = Q(1, 2)
q.z = 3
print(q.x, q.z)
try:
    q.w = 1
except AttributeError as e:
    print(type(e).__name__, e)
class Free(P):
    pass
f = Free(1, 2)
f.anything = 5
print(f.anything, hasattr(f, "__dict__"), f.__dict__)
class One:
    __slots__ = "only"
o = One()
o.only = 1
print(o.only)
try:
    o.other = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    print(o.__dict__)
except AttributeError as e:
    print(type(e).__name__, e)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, w.__dict__)
class Empty:
    __slots__ = ()
try:
    Empty().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
