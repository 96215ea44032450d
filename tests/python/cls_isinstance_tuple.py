class A: pass
class B(A): pass
class C: pass
class D(B, C): pass
d = D()
print(isinstance(d, (A, C)), isinstance(d, C), isinstance(B(), (C, int)), isinstance(B(), ((C,), (A,))))
print(issubclass(D, (int, str, C)), issubclass(D, D), issubclass(C, D), issubclass(D, object))
print(type(d) is D, type(d) == D, type(d) is B, d.__class__ is D, D.__bases__ == (B, C))
print([k.__name__ for k in D.__mro__], D.__base__.__name__)
checks = [1, "s", 2.5, [], (), {}, None, True, b"", d]
print([type(x).__name__ for x in checks])
print([isinstance(x, (int, float)) for x in checks])
print(isinstance(d, object), isinstance(D, object), isinstance(D, type), isinstance(type, type))
class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    pass
print(isinstance(WithMeta, Meta), isinstance(WithMeta, type), type(WithMeta).__name__, issubclass(Meta, type))
d.__class__ = B if False else D
print(type(d).__name__)
