# Instances with 0, 1, 2, 3, 4 and 7 attributes (the first three values
# are stored inline in the VM's instance, the rest in a side object):
# reads, overwrites, deletes in the middle, re-adds, getattr/hasattr.
class C:
    pass


NAMES = ["a", "b", "c", "d", "e", "f", "g"]


def make(n, base=0):
    o = C()
    for i in range(n):
        setattr(o, NAMES[i], base + i)
    return o


def show(o):
    return [(k, getattr(o, k)) for k in NAMES if hasattr(o, k)]


def attrs(o):
    # dir() lists the attributes without building the instance's __dict__
    return [k for k in dir(o) if not k.startswith("__")]


for n in [0, 1, 2, 3, 4, 7]:
    o = make(n, 10 * n)
    print(n, show(o), attrs(o))
    # overwrite every attribute in place
    for k in NAMES[:n]:
        setattr(o, k, getattr(o, k) * 2)
    print(" doubled", show(o))
    # one more attribute than before
    o.extra = "x"
    print(" extra", o.extra, attrs(o))
    o.extra = "y"
    print(" vars", vars(o))
    # after vars(): the attributes live in the __dict__
    o.more = n
    o.a = -1
    print(" more", o.more, o.a, show(o), vars(o))

# delete each position in turn from a 7-attribute instance
for i in range(7):
    o = make(7)
    delattr(o, NAMES[i])
    print("del", NAMES[i], show(o), attrs(o))
    o.z = "new"
    setattr(o, NAMES[i], "back")
    print("   ", show(o), o.z, attrs(o), list(vars(o)))

# delete several, down to nothing, then add again
o = make(7)
for k in ["d", "a", "g", "b", "c", "f", "e"]:
    delattr(o, k)
    print("left", show(o), attrs(o))
o.q = 1
o.r = 2
o.s = 3
o.t = 4
print(o.q, o.r, o.s, o.t, attrs(o), vars(o))

try:
    del make(3).d
except AttributeError as e:
    print("AttributeError", e)
try:
    make(4).zz
except AttributeError as e:
    print("AttributeError", e)

# same attribute names in a different order, on instances of one class
o1 = C()
o1.x = 1
o1.y = 2
o1.z = 3
o1.w = 4
o2 = C()
o2.w = 4
o2.z = 3
o2.y = 2
o2.x = 1
print(o1.w == o2.w, o1.x == o2.x, o1.y, o2.y, o1.z, o2.z)
del o1.y
del o2.y
print(attrs(o1), attrs(o2), vars(o1), vars(o2))

# many instances, many attributes, each keeping its own values
objs = [make(i % 8) for i in range(40)]
total = 0
for o in objs:
    for k in NAMES:
        total += getattr(o, k, 0)
print("total", total)

# subclasses share nothing with their base's layouts
class D(C):
    def __init__(self, k):
        self.k = k
        self.kk = k + 1
        self.kkk = k + 2
        self.kkkk = k + 3


class E(D):
    def __init__(self, k):
        D.__init__(self, k)
        self.last = "e"


d = D(1)
e = E(5)
c = make(4)
print(vars(d), vars(e), vars(c), type(d).__name__, type(e).__name__, type(c).__name__)
print(isinstance(e, D), isinstance(e, C), e.kkkk, e.last)

# attributes holding instances and None-like values
o = C()
o.a = None
o.b = 0
o.c = ""
o.d = None
o.e = C()
o.e.inner = [1, 2]
print(o.a, o.b, repr(o.c), o.d, o.e.inner, sorted(vars(o)))
