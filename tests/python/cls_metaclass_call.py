# Metaclass __call__ (and super().__call__ / type.__call__ from it), type
# attributes through a metaclass, __class__ assignment.
class Meta(type):
    def __call__(cls, *a, **k):
        print("Meta.__call__", cls.__name__, a, k)
        inst = super().__call__(*a, **k)
        inst.tagged = True
        return inst
    def __repr__(cls):
        return "<Meta " + type.__repr__(cls) + ">"
class A(metaclass=Meta):
    def __init__(self, x, y=0):
        self.x = x + y
a = A(1, y=2)
print(a.x, a.tagged, repr(A), A.__name__, A.__qualname__, A.__module__, type(A).__name__, A.__class__.__name__)
print(type.__call__(A, 5).x, Meta.__name__, Meta.__mro__, Meta.__bases__, Meta.__base__)

class Singleton(type):
    _inst = {}
    def __call__(cls, *args):
        if cls not in cls._inst:
            cls._inst[cls] = super(Singleton, cls).__call__(*args)
        return cls._inst[cls]
class Conf(metaclass=Singleton):
    def __init__(self, v): self.v = v
print(Conf(1) is Conf(2), Conf(3).v)


class Counting(type):
    count = 0
    def __call__(cls, *a):
        Counting.count += 1
        return type.__call__(cls, *a)
class P(metaclass=Counting):
    def __init__(self, v=0):
        self.v = v
class Q(P):
    pass
print(P(1).v, Q(2).v, Q().v, Counting.count, type(Q).__name__, isinstance(Q(), P), Counting.count)

class NoInit(type):
    def __call__(cls, *a):
        return "made " + cls.__name__ + repr(a)
class Z(metaclass=NoInit):
    pass
print(Z(1, 2), Z())

class Meta2(type):
    def __new__(mcs, name, bases, ns):
        ns["added"] = name.lower()
        return super().__new__(mcs, name, bases, ns)
    def __call__(cls, *a, **k):
        obj = super().__call__(*a, **k)
        obj.meta = cls.added
        return obj
class Y(metaclass=Meta2):
    def __init__(self, k=1):
        self.k = k
y = Y(k=5)
print(y.k, y.meta, Y.added, Y.__class__.__name__, Meta2.__call__ is not type.__call__)

class Animal:
    def speak(self):
        return "..."
class Dog(Animal):
    def speak(self):
        return "woof " + self.name
class Cat(Animal):
    def speak(self):
        return "meow " + self.name
pet = Dog()
pet.name = "rex"
print(pet.speak(), type(pet).__name__)
pet.__class__ = Cat
print(pet.speak(), type(pet).__name__, isinstance(pet, Cat), pet.__class__ is Cat, pet.name)
class Slotted:
    __slots__ = ("a",)
try:
    pet.__class__ = Slotted
except TypeError as e:
    print("TypeError", e)
try:
    pet.__class__ = list
except TypeError as e:
    print("TypeError", e)
