def tag(name):
    def deco(f):
        def wrapper(*a, **k):
            return name + "(" + str(f(*a, **k)) + ")"
        wrapper.__name__ = f.__name__
        return wrapper
    return deco
@tag("a")
@tag("b")
def f(x):
    return x * 2
print(f(3), f.__name__)
order = []
def rec(n):
    order.append("make " + n)
    def d(f):
        order.append("apply " + n)
        return f
    return d
@rec("1")
@rec("2")
def g(): pass
print(order)
def add_attr(cls):
    cls.extra = "added"
    return cls
def register(registry):
    def d(cls):
        registry.append(cls.__name__)
        return cls
    return d
reg = []
@register(reg)
@add_attr
class K:
    pass
print(K.extra, reg)
def replace(cls):
    return 42
@replace
class Gone: pass
print(Gone)
class M:
    @staticmethod
    @tag("s")
    def sm(x): return x
    @classmethod
    def cm(cls): return cls.__name__
    @property
    @tag("p")
    def pr(self): return 1
print(M.sm(5), M.cm(), M().pr)
@(lambda f: f)
def h(): return "lam"
print(h())
decos = [tag("x"), tag("y")]
@decos[1]
def k(): return 0
print(k())
