# Class attributes changed after they were looked up: the new value (or its
# absence) must be seen through instances, subclasses and special methods.


class Base:
    greeting = "hello"

    def who(self):
        return "base"


class Child(Base):
    pass


class Grand(Child):
    def who(self):
        return "grand " + super().who()


c = Child()
g = Grand()
print(c.greeting, c.who(), g.who())
Base.greeting = "hi"
Base.who = lambda self: "patched"
print(c.greeting, c.who(), g.who())
Child.who = lambda self: "child"
print(c.who(), g.who())
del Child.who
print(c.who(), g.who())
del Base.greeting
try:
    print(c.greeting)
except AttributeError as e:
    print("AttributeError:", e)
Child.greeting = "late"
print(c.greeting, g.greeting)

# special methods added and removed after instances were used
class Vec:
    def __init__(self, x):
        self.x = x


v = Vec(3)
try:
    len(v)
except TypeError as e:
    print("TypeError:", e)
Vec.__len__ = lambda self: self.x
print(len(v))
Vec.__repr__ = lambda self: "Vec(%d)" % self.x
print(repr(v), [v])
del Vec.__repr__
print(repr(v).startswith("<__main__.Vec object"))
Vec.__eq__ = lambda self, other: isinstance(other, Vec) and self.x == other.x
print(v == Vec(3), v != Vec(4))

# a method found via getattr() with many different names
class Many:
    pass


for i in range(700):
    setattr(Many, "m%d" % i, i)
m = Many()
print(sum(getattr(m, "m%d" % i) for i in range(700)))
for i in range(0, 700, 2):
    delattr(Many, "m%d" % i)
print(sum(getattr(m, "m%d" % i, 0) for i in range(700)))
print(hasattr(m, "m2"), hasattr(m, "m3"))

# attributes set through a class decorator and through setattr on the class
def add_double(cls):
    cls.double = lambda self: self.x * 2
    return cls


@add_double
class P:
    def __init__(self, x):
        self.x = x


p = P(21)
print(p.double())
setattr(P, "double", lambda self: -1)
print(p.double())
