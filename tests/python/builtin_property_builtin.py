class C:
    def __init__(self):
        self._x = 0
    def getx(self):
        return self._x
    def setx(self, v):
        self._x = v
    def delx(self):
        print("deleting")
        del self._x
    x = property(getx, setx, delx, "the x property")
    ro = property(lambda self: "read-only")
c = C()
c.x = 5
print(c.x, C.x.__doc__, type(C.x).__name__, c.ro)
del c.x
print(hasattr(c, "_x"))
try:
    c.ro = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del c.ro
except AttributeError as e:
    print(type(e).__name__, e)
p = property()
class D:
    attr = p
try:
    D().attr
except AttributeError as e:
    print(type(e).__name__, e)
print(C.x.fget is C.getx, C.x.fset is C.setx, C.x.fdel is C.delx, C.ro.fset)
class E:
    @property
    def v(self):
        "doc of v"
        return 1
print(E.v.__doc__, E().v, isinstance(E.v, property))
q = property(fget=lambda s: 42, doc="kw doc")
class F:
    a = q
print(F().a, F.a.__doc__)
g = C.x.getter(lambda s: "new getter")
class G(C):
    x = g
gg = G()
print(gg.x, C.x.__get__(c) if hasattr(c, "_x") else "no _x")
c2 = C()
print(C.x.__get__(c2), C.x.__get__(None, C) is C.x)
C.x.__set__(c2, 11)
print(c2.x)
