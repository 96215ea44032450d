gv = 1
g = globals()
print(g["gv"], "__name__" in g, g["__name__"])
def f(a, b=2):
    c = a + b
    return locals()
print(f(1))
def h():
    x = 1
    def inner():
        return x
    return sorted(locals())
print(h())
class K:
    a = 1
    b = a + 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(K.names)
print(vars() is globals() or vars() == globals())
