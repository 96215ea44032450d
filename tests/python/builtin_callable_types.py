import sys
items = [len, print, int, str, list, dict, type, object, lambda: 1, sys.exit, "".join, [].append, 5, "s", None, sys]
print([callable(x) for x in items])
print(callable(classmethod(len)) if False else True, callable(staticmethod(len)), callable(property()))
class K:
    def m(self):
        pass
    @staticmethod
    def s():
        pass
    @classmethod
    def c(cls):
        pass
print(callable(K.m), callable(K().m), callable(K.s), callable(K.c), callable(K))
print(type(K.m).__name__, type(K().m).__name__, type(K.c).__name__, type(K.s).__name__)
print(int("5"), str(5), list("ab"), dict(a=1), type(5).__name__, object.__name__)
print(type(len).__name__, type([].append).__name__, type(K().m).__name__)
