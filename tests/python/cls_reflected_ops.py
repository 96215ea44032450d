class M:
    def __init__(self, v):
        self.v = v
    def __radd__(self, o):
        return "radd(%r)" % (o,)
    def __rsub__(self, o):
        return "rsub(%r)" % (o,)
    def __rmul__(self, o):
        return "rmul(%r)" % (o,)
    def __rtruediv__(self, o):
        return "rtruediv"
    def __rfloordiv__(self, o):
        return "rfloordiv"
    def __rmod__(self, o):
        return "rmod"
    def __rpow__(self, o):
        return "rpow"
    def __rlshift__(self, o):
        return "rlshift"
    def __rand__(self, o):
        return "rand"
    def __ror__(self, o):
        return "ror"
    def __rxor__(self, o):
        return "rxor"
m = M(1)
print(1 + m, 2 - m, 3 * m, 4 / m, 5 // m, 6 % m, 7 ** m, 8 << m, 9 & m, 10 | m, 11 ^ m)
print("s" + m, [1] * m if False else "skip", (1,) + m)
class Base:
    def __add__(self, o):
        return "Base.add"
    def __radd__(self, o):
        return "Base.radd"
class Sub(Base):
    def __radd__(self, o):
        return "Sub.radd"
print(Base() + Sub(), Sub() + Base(), Base() + Base())
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if isinstance(o, int):
            return Num(self.v + o)
        return NotImplemented
    __radd__ = __add__
    def __neg__(self):
        return Num(-self.v)
    def __pos__(self):
        return "pos"
    def __invert__(self):
        return "inv"
    def __abs__(self):
        return "abs"
print((Num(1) + 2).v, (3 + Num(1)).v, (-Num(5)).v, +Num(1), ~Num(1), abs(Num(1)), sum([Num(1), Num(2)], 0).v if False else "ok")
try:
    Num(1) + "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x" - Num(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    -object()
except TypeError as e:
    print(type(e).__name__, e)
