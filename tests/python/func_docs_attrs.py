def documented(a, b):
    """Adds things."""
    return a + b
print(documented.__doc__, documented.__name__, documented.__qualname__)
class K:
    def m(self):
        "method doc"
    def outer(self):
        def inner():
            pass
        return inner
print(K.m.__qualname__, K().outer().__qualname__, K.m.__doc__)
def f(x, y=3, *, z=4):
    pass
print(f.__defaults__, callable(f), callable(3), callable(K))
def counter():
    counter.n += 1
    return counter.n
counter.n = 0
counter(); counter()
print(counter.n)
def gen_id(prefix, *, sep="-"):
    return prefix + sep + "1"
print(gen_id("a"), gen_id("b", sep=":"))
