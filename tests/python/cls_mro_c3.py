class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([k.__name__ for k in Z.__mro__])
print([k.__name__ for k in Z.mro()])
print([k.__name__ for k in K1.__bases__], Z.__base__.__name__)
class X: pass
class Y: pass
try:
    class Bad(X, Y, X): pass
except TypeError as e:
    print(type(e).__name__, e)
class P(X, Y): pass
class Q(Y, X): pass
try:
    class R(P, Q): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class S(X, P): pass
except TypeError as e:
    print(type(e).__name__, e)
class T(P, X): pass
print([k.__name__ for k in T.__mro__])
class M1:
    def hello(self):
        return "M1"
class M2:
    def hello(self):
        return "M2"
    def only2(self):
        return "only2"
class Both(M1, M2): pass
print(Both().hello(), Both().only2(), issubclass(Both, M2), isinstance(Both(), M1))
print(object.__mro__, len(bool.__mro__))
