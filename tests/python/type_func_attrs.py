def f(a, b=2, *args, c=3, **kw):
    "f's doc"
    return a
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__, f.__code__.co_name, f.__module__)
def g():
    pass
print(g.__doc__, g.__defaults__, g.__kwdefaults__, g.__code__.co_argcount, f.__code__.co_argcount)
class C:
    def m(self, x=1):
        "method doc"
    class Inner:
        def deep(self):
            pass
print(C.m.__name__, C.m.__qualname__, C.m.__doc__, C.m.__defaults__, C.Inner.deep.__qualname__)
def outer():
    def inner():
        pass
    return inner
print(outer().__name__, outer().__qualname__, (lambda: 0).__name__, (lambda: 0).__qualname__)
f.__doc__ = "new doc"
f.custom = 42
print(f.__doc__, f.custom, sorted(f.__dict__))
g.__name__ = "renamed"
print(g.__name__, g.__qualname__)
b = C().m
print(b.__name__, b.__qualname__, b.__doc__, b.__func__ is C.m, type(b.__self__).__name__)
print(len.__name__, print.__name__, type(len).__name__, [].append.__name__)
print(f.__code__.co_varnames[:2], callable(f), type(f).__name__)
def kwonly(*, x, y=5):
    pass
print(kwonly.__kwdefaults__, kwonly.__defaults__)
