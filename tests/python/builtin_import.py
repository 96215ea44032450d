import _helper_mod
import _helper_mod as hm
from _helper_mod import greet, Thing, VALUE as V
print(_helper_mod.VALUE, hm is _helper_mod, greet("x"), Thing(3).n, V)
print(_helper_mod.__name__, type(_helper_mod).__name__)
try:
    import no_such_module_xyz
except ImportError as e:
    print(type(e).__name__, e)
try:
    from _helper_mod import nothing_here
except ImportError as e:
    print("ImportError", e)
if __name__ == "__main__":
    print("main guard")
