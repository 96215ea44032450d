class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self.name
    def __exit__(self, et, ev, tb):
        print("close", self.name, et is not None)
        return False
with Resource("a") as a, Resource("b") as b:
    print("using", a, b)
try:
    with Resource("c"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)
def ret():
    with Resource("d"):
        return "returned"
print(ret())
for i in range(3):
    with Resource("loop%d" % i):
        if i == 1:
            break
try:
    assert 1 == 2, "math broke"
except AssertionError as e:
    print("assert:", e)
try:
    assert False
except AssertionError as e:
    print("empty assert", repr(e))
