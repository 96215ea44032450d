class A:
    count = 0
    @classmethod
    def make(cls, *args):
        cls.count += 1
        return cls.__name__, args
    @staticmethod
    def add(a, b=10):
        return a + b
class B(A):
    pass
print(A.make(1), B.make(), A().make(2), A.count, B.count)
print(A.add(1), A().add(1, 2), B.add(b=1, a=2))
print(type(A.__dict__["make"]).__name__, type(A.__dict__["add"]).__name__)
sm = A.__dict__["add"]
cm = A.__dict__["make"]
print(sm.__func__(3, 4), cm.__func__(A), callable(sm))
def free(x):
    return x * 2
class C:
    f = staticmethod(free)
    g = classmethod(lambda cls: cls.__name__)
print(C.f(4), C().f(5), C.g(), C().g())
print(A.make.__self__ is A, A.make.__name__, A.add.__name__)
class D:
    @classmethod
    def create(cls):
        return cls()
    def __init__(self):
        self.tag = type(self).__name__
class E(D):
    pass
print(D.create().tag, E.create().tag, E().create().tag)
print(staticmethod(free)(3) if hasattr(staticmethod, "__call__") else 6)
