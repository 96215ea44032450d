o = object()
print(type(o).__name__, type(o) is object, isinstance(o, object), object.__name__, object.__bases__, type.__name__)
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
print(type(1), type("s"), type(None), type([]), type(type), type(object), type(len), type(print))
print(type(1) is int, type(True) is bool, type(int) is type, type.__mro__ if False else object.__mro__)
X = type("X", (), {"a": 1, "f": lambda self: self.a + 1})
x = X()
print(X.__name__, x.a, x.f(), type(x) is X, X.__bases__, X.__mro__ == (X, object))
Y = type("Y", (X,), {})
print(Y().f(), issubclass(Y, X), Y.__bases__ == (X,), Y.__base__ is X)
try:
    type("Z", 5, {})
except TypeError as e:
    print(type(e).__name__)
try:
    type(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(o == o, o != object(), o.__class__ is object, str(type(o)), repr(object))
print(int.__name__, int.__qualname__, int.__module__, X.__qualname__)
class A:
    class Inner:
        pass
print(A.Inner.__qualname__, A.Inner.__name__, A.__module__, repr(A.Inner))
