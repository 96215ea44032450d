m = __import__("math")
print(m.__name__, m.floor(2.5))
s = __import__("sys")
print(s is __import__("sys"), type(m).__name__)
try:
    __import__("no_such_module_xyz")
except ImportError as e:
    print(type(e).__name__, e)
h = __import__("_helper_mod")
print(type(h).__name__, h.__name__)
class Base:
    y = 5
D = __build_class__(lambda: None, "D", Base)
print(D.__name__, D.y, D.__bases__ == (Base,))
try:
    __build_class__()
except TypeError as e:
    print(type(e).__name__)
import builtins
print(builtins.len("ab"), builtins.__name__, hasattr(builtins, "print"))
