# An instance's __dict__ taken after many attributes, written through,
# replaced, deleted from; vars(); __slots__ next to a __dict__.
class C:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "a%d" % i, i)


o = C(10)
d = o.__dict__
print(d)
print(vars(o) is d, o.__dict__ is d)
# writes through the dict show as attributes and back
d["a3"] = "three"
d["new"] = "n"
o.a7 = "seven"
o.later = [1]
print(o.a3, o.new, d["a7"], d["later"], len(d))
del d["a0"]
del o.a9
print(hasattr(o, "a0"), hasattr(o, "a9"), sorted(d))
d.clear()
print(vars(o), hasattr(o, "a1"))
o.fresh = 1
print(vars(o), o.fresh)

# __dict__ of an instance with few attributes, then more attributes
o2 = C(2)
print(vars(o2))
for i in range(2, 6):
    setattr(o2, "a%d" % i, i * i)
print(vars(o2), o2.a5)
delattr(o2, "a3")
print(vars(o2), [k for k in dir(o2) if not k.startswith("__")])

# replacing __dict__
o3 = C(5)
o3.__dict__ = {"x": 1, "y": 2}
print(vars(o3), o3.x, hasattr(o3, "a0"))
o3.z = 3
print(vars(o3))
try:
    o3.__dict__ = [1]
except TypeError as e:
    print("TypeError", e)
nd = {"p": "q"}
o3.__dict__ = nd
o3.r = "s"
print(nd, o3.p)

# vars() of fresh instances, and of instances of different classes
class E:
    pass


print(vars(E()), vars(C(0)), vars(C(1)), vars(C(3)), vars(C(4)))

# __dict__ in the class body's methods
class F:
    def __init__(self):
        self.__dict__["a"] = 1
        self.__dict__.update(b=2, c=3, d=4)
        self.e = 5

    def keys(self):
        return list(self.__dict__)


f = F()
print(f.a, f.d, f.e, f.keys())

# __slots__ with a __dict__ slot: slot attributes stay out of __dict__
class S:
    __slots__ = ("x", "y", "__dict__")


s = S()
s.x = 1
s.y = 2
s.z = 3
s.w = 4
s.v = 5
print(vars(s), s.x, s.y, s.z)
s.x = 10
s.u = 6
print(vars(s), s.x)
del s.y
print(hasattr(s, "y"), vars(s))
s.x = 30
print(s.x, vars(s))

# a plain __slots__ class with several slots
class P:
    __slots__ = ("a", "b", "c", "d", "e")

    def __init__(self):
        self.a = 1
        self.b = 2
        self.c = 3
        self.d = 4
        self.e = 5


p = P()
print(p.a, p.b, p.c, p.d, p.e, hasattr(p, "__dict__"))
del p.b
del p.d
print(hasattr(p, "b"), hasattr(p, "d"), p.a, p.c, p.e)
p.d = "dd"
p.b = "bb"
print(p.a, p.b, p.c, p.d, p.e)
try:
    p.f = 1
except AttributeError:
    print("AttributeError")
