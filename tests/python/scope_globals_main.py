# the __main__ namespace: globals(), locals() at module level, STORE_GLOBAL
print(globals() is locals())
g = globals()
locals()["via_locals"] = 1
print(via_locals)


def set_global():
    global counter
    counter = 7


set_global()
print(g["counter"])
g["counter"] += 1
print(counter)
print(g["__name__"])
import math
print(g["math"] is math)
from _scope_globals_mod import bump
print("bump" in g, bump())
