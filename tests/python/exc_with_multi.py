class CM:
    def __init__(self, name, swallow=False):
        self.name = name; self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.swallow
with CM("a") as a, CM("b") as b:
    print("body", a, b)
with CM("outer", True), CM("inner"):
    raise ValueError("boom")
print("after")
try:
    with CM("x"), CM("y", True):
        raise KeyError("k")
    print("y swallowed")
except KeyError:
    print("not reached")
class Bad:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("never")
try:
    with CM("first"), Bad():
        print("no body")
except RuntimeError as e:
    print(type(e).__name__, e)
def g():
    with CM("ret"):
        return "value"
print(g())
for i in range(2):
    with CM(i):
        if i == 0:
            continue
        break
try:
    with 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
with CM("t") as (p):
    print(p)
