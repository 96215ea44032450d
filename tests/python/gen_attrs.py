# Generators expose __name__, __qualname__ and gi_running.
def gen():
    yield 1
class C:
    def meth(self):
        yield 2
        return 3
g = gen()
print(g.__name__, g.__qualname__, g.gi_running)
h = C().meth()
print(h.__name__, h.__qualname__)
def watcher():
    yield w.gi_running
w = watcher()
print(next(w), w.gi_running)
print(type(g).__name__, [x for x in g])
print((x for x in "ab").__name__, (x for x in "ab").__qualname__)
