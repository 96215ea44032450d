class Dyn:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("x_"):
            return name[2:]
        raise AttributeError("no " + name)
d = Dyn()
print(d.real, d.x_abc, getattr(d, "x_q", "dflt"), hasattr(d, "nope"), getattr(d, "nope", "dflt"))
try:
    d.nope
except AttributeError as e:
    print(type(e).__name__, e)
class Log:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(("set", name))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)
l = Log()
l.a = 1
l.b = 2
del l.a
print(l.log, hasattr(l, "a"), l.b)
class All:
    def __init__(self):
        self.v = 5
    def __getattribute__(self, name):
        if name == "magic":
            return "MAGIC"
        return object.__getattribute__(self, name)
a = All()
print(a.magic, a.v)
try:
    a.missing
except AttributeError as e:
    print(type(e).__name__, e)
class Both:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
b = Both()
print(b.boom, b.other)
class Proxy:
    def __init__(self, target):
        self._t = target
    def __getattr__(self, name):
        return getattr(self._t, name)
px = Proxy([3, 1, 2])
px.sort()
print(px._t, px.count(1))
class Ro:
    def __setattr__(self, n, v):
        raise AttributeError("read-only " + n)
try:
    Ro().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
