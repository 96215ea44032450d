class P:
    cls_attr = "c"
    def __init__(self):
        self.x = 1
p = P()
print(getattr(p, "x"), getattr(p, "y", "dflt"), getattr(p, "cls_attr"), hasattr(p, "x"), hasattr(p, "nope"))
setattr(p, "y", 2)
print(p.y, vars(p))
delattr(p, "y")
print(hasattr(p, "y"), vars(p))
try:
    delattr(p, "zzz")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(p, "zzz")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(p, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(5, "real", 3)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(object(), "a", 1)
except AttributeError as e:
    print(type(e).__name__, e)
setattr(P, "new_cls", 9)
print(P.new_cls, p.new_cls, getattr(P, "cls_attr"))
delattr(P, "new_cls")
print(hasattr(p, "new_cls"))
print(getattr([], "append").__name__, getattr(str, "upper")("a"), hasattr(1, "real"))
class Boom:
    @property
    def bad(self):
        raise ValueError("inner")
    @property
    def missing(self):
        raise AttributeError("gone")
try:
    hasattr(Boom(), "bad")
except ValueError as e:
    print(type(e).__name__, e)
print(hasattr(Boom(), "missing"), getattr(Boom(), "missing", "default"))
try:
    delattr(P, "zzz")
except AttributeError as e:
    print(type(e).__name__, e)
