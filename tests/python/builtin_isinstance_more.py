class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, (C, (int, B))), isinstance(b, ()), isinstance(1, (str, int)))
print(issubclass(B, A), issubclass(B, (C,)), issubclass(B, (C, A)), issubclass(A, A), issubclass(A, object), issubclass(bool, (str, int)))
print(isinstance(A, type), isinstance(type, type), isinstance(type, object), issubclass(type, object), isinstance(object, type))
print(isinstance(True, int), isinstance(1, bool), isinstance(None, type(None)), isinstance([], (list, tuple)))
for args in [(b, 1), (b, (A, 1))]:
    try:
        isinstance(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    issubclass(b, A)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(B, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(KeyError(), LookupError), issubclass(KeyError, (ValueError, LookupError)), isinstance(ValueError, type))
class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == "magic"
    def __subclasscheck__(cls, sub):
        return sub is int
class Magic(metaclass=Meta):
    pass
print(isinstance("magic", Magic), isinstance("other", Magic), issubclass(int, Magic), issubclass(str, Magic))
print(isinstance(1.0, (int, float)), isinstance("s", str), isinstance(b"b", bytes), isinstance(frozenset(), set))
