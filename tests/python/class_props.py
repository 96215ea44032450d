class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @property
    def f(self):
        return self._c * 9 / 5 + 32
    @staticmethod
    def unit():
        return "C"
    @classmethod
    def zero(cls):
        return cls(0)
t = Temp(100)
print(t.c, t.f, Temp.unit(), t.unit(), Temp.zero().c)
t.c = 25
print(t.c, t.f)
try:
    t.c = -300
except ValueError as e:
    print(e)
try:
    t.f = 3
except AttributeError as e:
    print("AttributeError:", e)
class Base:
    registry = []
    def __init_subclass__(cls, **kw):
        Base.registry.append(cls.__name__)
class S1(Base): pass
class S2(Base): pass
print(Base.registry)
class Desc:
    def __get__(self, obj, owner):
        return "desc:" + (owner.__name__ if obj is None else "inst")
class H:
    d = Desc()
print(H.d, H().d)
