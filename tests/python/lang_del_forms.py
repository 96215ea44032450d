x = 1
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
class O: pass
o = O(); o.a = 1; o.b = 2
del o.a
print(hasattr(o, "a"), o.b)
try:
    del o.a
except AttributeError as e:
    print(type(e).__name__, e)
l = list(range(10))
del l[0]; print(l)
del l[1:3]; print(l)
del l[::2]; print(l)
del l[-1]; print(l)
try:
    del l[99]
except IndexError as e:
    print(type(e).__name__, e)
d = {"a": 1, "b": 2}
del d["a"]; print(d)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
a, b, c = 1, 2, 3
del a, b
print(c)
l2 = [[1, 2], [3]]
del l2[0][1]; print(l2)
def f():
    y = 2
    del y
    try:
        return y
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)
print(f())
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
s = "abc"
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
