registry = []
class Base:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        registry.append((cls.__name__, kw))
class A(Base):
    pass
class B(Base, tag="b"):
    pass
class C(A):
    pass
print(registry)
class Plug:
    plugins = {}
    def __init_subclass__(cls, name=None):
        Plug.plugins[name or cls.__name__] = cls
class X(Plug, name="ex"):
    pass
class Y(Plug):
    pass
print(sorted(Plug.plugins))
class G:
    def __class_getitem__(cls, item):
        return "G[" + repr(item) + "]"
print(G[int], G[1, 2], G["s"])
try:
    class Z(Plug, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__)
class NoHook:
    pass
try:
    class W(NoHook, flag=True):
        pass
except TypeError as e:
    print(type(e).__name__, e)
