# a saved reference to globals() stays live, also from functions
g = globals()


def setter(name, value):
    g[name] = value


def getter():
    return y


setter("y", 2)
print(y, getter())
setter("y", 3)
print(y, getter())


def make():
    gl = globals()

    def inner():
        gl["z"] = "from inner"
    return inner


make()()
print(z)
print(globals() is g, globals() is globals())


class C:
    def method(self):
        globals()["w"] = "from method"
        return globals() is g


print(C().method(), w)
