# Data attributes of the builtin types and their descriptors: int.real,
# range.start, BaseException.args, type.__name__/__mro__/..., property.fget,
# staticmethod.__func__, generator gi_*, function __globals__/__closure__,
# super().__self__, obj.__class__ (read and assigned).
print(type.__name__, type.__qualname__, type.__module__, type.__bases__, type.__mro__, object.__bases__,
      object.__base__)
print(int.__name__, int.__mro__, bool.__base__, bool.__mro__, type(int.__dict__["__add__"]).__name__,
      "__add__" in int.__dict__)
print(type(len).__name__, type(int.bit_length).__name__, type([].append).__name__, type(int.__add__).__name__,
      type((1).__add__).__name__)
print(type(int.real).__name__, type(range.start).__name__, type(BaseException.args).__name__)
print(repr(int.real), repr(range.start), repr(int.__add__), repr(list.append), repr(type.__call__))
print(int.real.__get__(7), int.real.__name__, int.real.__qualname__, int.real.__objclass__,
      range.start.__get__(range(4, 9)))
print(int.__add__.__name__, int.__add__.__qualname__, int.__add__.__objclass__, (3).__add__.__self__,
      (3).__add__.__name__)
print(len.__name__, len.__qualname__, len.__module__, [].append.__qualname__, [].append.__name__,
      list.append.__qualname__)

class C:
    def m(self): return 1
    @property
    def p(self): return 2
    @p.setter
    def p(self, v): pass
c = C()
print(c.__class__ is C, C.__class__ is type, object.__class__, c.m.__call__(), C.m.__call__(c), C.__call__().m())
print(C.p.fget.__name__, C.p.fset.__name__, C.p.fdel, callable(c), callable(C), callable(len),
      hasattr(C, "__call__"), hasattr(c, "__call__"))
class B:
    pass
b = B()
b.x = 1
b.__class__ = C
print(type(b).__name__, b.x, b.m(), isinstance(b, C))
try:
    b.__class__ = int
except TypeError as e:
    print("TypeError", e)
try:
    b.__class__ = 5
except TypeError as e:
    print("TypeError", e)

sm = staticmethod(len)
cm = classmethod(len)
print(sm.__func__ is len, cm.__func__ is len, sm([1, 2]), sm.__wrapped__ is len)

e = ValueError(3, "x")
print(e.args, ValueError("a").args, e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
e.args = (1,)
print(e.args, str(e))
try:
    e.__cause__ = 5
except TypeError as ex:
    print("TypeError", ex)
class MyErr(Exception):
    def __init__(self, code):
        super().__init__("code", code)
        self.code = code
me = MyErr(4)
print(me.args, me.code, me.__dict__, str(me))
print(BaseException.__dict__["args"], "args" in dir(BaseException), "__cause__" in dir(ValueError))

def gen():
    x = yield 1
    yield from sub()
def sub():
    yield 10
    yield 11
g = gen()
print(g.gi_running, g.gi_suspended, g.gi_yieldfrom, g.gi_frame is not None, g.gi_code.co_name, g.__name__)
next(g)
print(g.gi_suspended, g.gi_yieldfrom)
g.send(5)
print(g.gi_suspended, g.gi_yieldfrom.__name__)
list(g)
print(g.gi_frame, g.gi_suspended, g.gi_yieldfrom)

def outer():
    v = 1
    def inner():
        return v
    return inner
f = outer()
print(f.__closure__[0].cell_contents, f.__globals__ is globals(), outer.__closure__, f.__call__(),
      f.__module__, f.__annotations__)
print(super.__thisclass__, super(C, c).__self__ is c, super(C, c).__thisclass__ is C,
      super(C, c).__self_class__ is C)
class K(C):
    def m(self):
        return super().__class__, super().m()
print(K().m())
print(slice(1, 2, 3).start, slice(1, 2, 3).stop, slice(5).step, range(1, 5, 2).step)
print((5).__hash__(), (-1).__hash__(), (2.0).__hash__(), "a".__hash__() == hash("a"),
      (1, 2).__hash__() == hash((1, 2)))
print(list.__hash__, dict.__hash__, set.__hash__, frozenset.__hash__ is not None, slice.__hash__,
      bytearray.__hash__)
for T in (int, str, list, dict, set, tuple, float, complex, object, bool, range, bytes):
    print(T.__name__,
          [n for n in ("__add__", "__lt__", "__hash__", "__len__", "__call__", "__iter__", "__neg__", "real", "__or__", "__round__", "__class__", "__repr__") if n in dir(T)])

print(int.real, range.start, slice.stop, property.fget, staticmethod.__func__, type.__dict__["__name__"],
      object.__dict__["__class__"], BaseException.__dict__["__cause__"])
print(type(int.__dict__["real"]).__name__, type(type.__dict__["__mro__"]).__name__, int.real.__objclass__)
print(type(len).__name__, type(lambda: 0).__name__, type(int.__add__).__name__, type(type.__call__).__name__)
for bad in ("(5).real = 1", "range(3).start = 1", "int.real.__set__(1, 2)", "type.__dict__['__name__'].__get__(3)",
            "(lambda: 0).__closure__.x", "int.__name__ = 'x'"):
    try:
        exec(bad)
    except Exception as e:
        print(type(e).__name__, e)
class Named:
    pass
Named.__name__ = "Renamed"
Named.__qualname__ = "Q.Renamed"
print(Named.__name__, Named.__qualname__, repr(Named), Named().__class__.__name__)
try:
    Named.__name__ = 5
except TypeError as e:
    print("TypeError", e)
