class A:
    def __init__(self, x, y=2, *rest, z=3, **kw):
        self.t = (x, y, rest, z, sorted(kw.items()))
print(A(1).t, A(1, 5, 6, 7, z=0, q=9).t)
try:
    A()
except TypeError as e:
    print(type(e).__name__, e)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print(type(e).__name__, e)
class NewOnly:
    def __new__(cls, v):
        o = super().__new__(cls)
        o.v = v
        return o
print(NewOnly(5).v)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(type(e).__name__, e)
class InitCalledOnce:
    calls = 0
    def __init__(self):
        InitCalledOnce.calls += 1
InitCalledOnce()
InitCalledOnce()
print(InitCalledOnce.calls)
class Fact:
    def __new__(cls, kind):
        if kind == "int":
            return 0
        return super().__new__(cls)
    def __init__(self, kind):
        self.kind = kind
print(Fact("int"), Fact("obj").kind)
