class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Single() is Single())
class Pt:
    def __new__(cls, x, y):
        print("new", cls.__name__, x, y)
        obj = object.__new__(cls)
        obj.x = x
        return obj
    def __init__(self, x, y):
        print("init", x, y)
        self.y = y
p = Pt(1, 2)
print(p.x, p.y)
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(Other())
class Sub(Pt):
    pass
s = Sub(3, 4)
print(type(s).__name__, s.x)
def init(self, v):
    self.v = v
T = type("T", (object,), {"__init__": init, "double": lambda self: self.v * 2, "K": 3})
t = T(5)
print(T.__name__, t.v, t.double(), T.K, type(T).__name__)
U = type("U", (T,), {"double": lambda self: -1})
print(U(1).double(), U.__mro__[1] is T, isinstance(U(1), T))
print(type("V", (), {})().__class__.__name__)
class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns["added"] = name.lower()
        return super().__new__(mcs, name, bases, ns)
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.added, type(WithMeta).__name__)
class ReturnsInt(int.__class__):
    pass
print(ReturnsInt.__name__)
try:
    object.__new__(5)
except TypeError as e:
    print(type(e).__name__)
