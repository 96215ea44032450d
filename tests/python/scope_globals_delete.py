# deleting through globals() removes the name
a = 1
b = 2
del globals()["a"]
print("a" in globals(), "b" in globals())
try:
    print(a)
except NameError as e:
    print("NameError", e)
print(globals().pop("b"))
try:
    b
except NameError as e:
    print("NameError", e)
c = 3
g = globals()
del c
print("c" in g)
try:
    del g["c"]
except KeyError as e:
    print("KeyError", e)
d = 4


def kill():
    global d
    del d


kill()
print("d" in g)
