class A:
    "A doc"
    x = 1
class B(A):
    pass
print(A.__name__, A.__qualname__, A.__module__, A.__doc__, B.__doc__, A.__bases__, B.__base__ is A)
print([c.__name__ for c in B.__mro__], B.mro() == list(B.__mro__), type(A.__dict__).__name__ in ("mappingproxy", "dict"))
print("x" in A.__dict__, "x" in B.__dict__, A.__dict__["x"], B.x)
print(int.__name__, bool.__bases__, bool.__mro__, object.__bases__, type.__bases__)
print(type(A) is type, type(type) is type, isinstance(A, type), A.__class__ is type)
B.__name__ = "Renamed"
print(B.__name__, repr(B).endswith("Renamed'>"))
print(issubclass(bool, int), issubclass(int, object), KeyError.__mro__[1].__name__, KeyError.__bases__)
try:
    int.foo = 1
except TypeError as e:
    print(type(e).__name__, e)
print(str.__name__, list.__qualname__, dict.__module__, type(None).__name__, type(NotImplemented).__name__)
