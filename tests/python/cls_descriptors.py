class Verbose:
    def __get__(self, obj, objtype=None):
        if obj is None:
            return "class access " + objtype.__name__
        return "get from " + type(obj).__name__
    def __set__(self, obj, value):
        print("set", value)
        obj.__dict__["_v"] = value
    def __delete__(self, obj):
        print("delete")
class A:
    d = Verbose()
a = A()
print(a.d, A.d)
a.d = 5
print(a._v)
del a.d
class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata"
class B:
    nd = NonData()
b = B()
print(b.nd)
b.nd = "shadowed"
print(b.nd, B.nd)
class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError("need int for " + self.name)
        setattr(obj, self.name, value)
class P:
    x = Typed()
    y = Typed()
p = P()
p.x = 1
print(p.x, p.y, type(P.x).__name__)
try:
    p.y = "bad"
except TypeError as e:
    print(type(e).__name__, e)
class Counter:
    def __init__(self):
        self.n = 0
    def __get__(self, obj, objtype=None):
        self.n += 1
        return self.n
class H:
    c = Counter()
h = H()
print(h.c, h.c, H.c)
class M:
    def method(self):
        return 1
print(M.__dict__["method"].__get__(M(), M)(), type(M.__dict__["method"].__get__(M(), M)).__name__)
class ROnly:
    def __get__(self, obj, t=None):
        return 42
    def __set__(self, obj, v):
        raise AttributeError("read only!")
class RO:
    v = ROnly()
r = RO()
try:
    r.v = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(r.v)
