class Plain:
    pass
p = Plain()
r = repr(p)
print(r.startswith("<__main__.Plain object at 0x"), r.endswith(">"), str(p) == r, format(p) == r)
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
print(str(OnlyRepr()), repr(OnlyRepr()), [OnlyRepr()], f"{OnlyRepr()}", "%s" % OnlyRepr())
class OnlyStr:
    def __str__(self):
        return "only-str"
o = OnlyStr()
print(str(o), repr(o).startswith("<__main__.OnlyStr object"), [str(o)], "{}".format(o), "%s" % o)
class Both:
    def __repr__(self):
        return "R"
    def __str__(self):
        return "S"
b = Both()
print(b, str(b), repr(b), [b], (b,), {b: b} if False else {"k": b}, f"{b} {b!r} {b!s}", "%s %r" % (b, b))
class Child(Both):
    pass
print(Child(), repr(Child()))
class Meta(type):
    def __repr__(cls):
        return "<Meta class " + cls.__name__ + ">"
class WithMeta(metaclass=Meta):
    pass
print(repr(WithMeta), str(WithMeta))
print(repr(Plain).startswith("<class '__main__.Plain'>"), str(int), repr(type))
class E(Exception):
    pass
print(repr(E("x")), str(E("x")), repr(E()), str(E(1, 2)), repr(E(1, 2)))
