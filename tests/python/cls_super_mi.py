log = []
class Base:
    def __init__(self):
        log.append("Base")
class Left(Base):
    def __init__(self):
        log.append("Left>")
        super().__init__()
        log.append("<Left")
class Right(Base):
    def __init__(self):
        log.append("Right>")
        super().__init__()
        log.append("<Right")
class Diamond(Left, Right):
    def __init__(self):
        log.append("Diamond>")
        super().__init__()
print(Diamond() is not None, log)
class A:
    def name(self):
        return "A"
class B(A):
    def name(self):
        return "B" + super().name()
class C(A):
    def name(self):
        return "C" + super().name()
class D(B, C):
    def name(self):
        return "D" + super().name()
print(D().name(), super(B, D()).name(), super(C, D()).name())
class Mixin:
    def greet(self):
        return "mixin+" + super().greet()
class Core:
    def greet(self):
        return "core"
class Final(Mixin, Core):
    pass
print(Final().greet(), [k.__name__ for k in Final.mro()])
class K:
    @classmethod
    def create(cls):
        return cls.__name__
class L(K):
    @classmethod
    def create(cls):
        return "L:" + super().create()
print(L.create(), L().create())
class P:
    @property
    def v(self):
        return 1
class Q(P):
    @property
    def v(self):
        return super().v + 10
print(Q().v)
