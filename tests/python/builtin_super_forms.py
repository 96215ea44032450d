class A:
    def f(self):
        return "A.f"
    @classmethod
    def c(cls):
        return "A.c " + cls.__name__
    @staticmethod
    def s():
        return "A.s"
class B(A):
    def f(self):
        return "B>" + super().f()
    @classmethod
    def c(cls):
        return "B>" + super().c()
    def g(self):
        return super(B, self).f() + "|" + super().s()
class C(B):
    def f(self):
        return "C>" + super(B, self).f() + "/" + super().f()
print(B().f(), B.c(), C.c(), B().g(), C().f())
sp = super(B, B())
print(sp.f(), type(sp).__name__)
print(super(C, C).c())
class Init:
    def __init__(self, v):
        self.v = v
class Sub(Init):
    def __init__(self):
        super().__init__(7)
print(Sub().v)
class X:
    def who(self):
        return ["X"]
class Y(X):
    def who(self):
        return ["Y"] + super().who()
class Z(X):
    def who(self):
        return ["Z"] + super().who()
class W(Y, Z):
    def who(self):
        return ["W"] + super().who()
print(W().who(), [k.__name__ for k in W.__mro__])
def outside():
    return super().f()
try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    super(B, 5)
except TypeError as e:
    print(type(e).__name__, e)
class N:
    def __init__(self):
        super().__init__()
        self.ok = True
print(N().ok)
class P:
    def __init__(self):
        self.trace = []
    def add(self, x):
        self.trace.append(x)
class Q(P):
    def add(self, x):
        super().add(x * 2)
        f = lambda: super(Q, self).add(x)
        f()
q = Q()
q.add(3)
print(q.trace)
