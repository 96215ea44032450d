class A:
    x = 1
    def m(self):
        pass
class B(A):
    y = 2
b = B()
b.z = 3
names = dir(b)
print([n for n in names if not n.startswith("__")])
print([n for n in dir(B) if not n.startswith("__")], "__init__" in dir(b), "__class__" in dir(b))
print(vars(b), "y" in vars(B), "x" in vars(B))
def f():
    a = 1
    b = 2
    return sorted(dir())
print(f())
class D:
    def __dir__(self):
        return ["zeta", "alpha"]
print(dir(D()))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
import sys
print("exit" in dir(sys), "path" in dir(sys))
print(sorted(x for x in dir([]) if not x.startswith("_"))[:5])
print([x for x in dir(str) if x in ("upper", "join", "split")])
