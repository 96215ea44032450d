total = 0
def add_global(n):
    global total
    total += n
add_global(5); add_global(7)
print(total)
def make_global():
    global created
    created = "yes"
make_global()
print(created)
def outer():
    a = 1
    def mid():
        nonlocal a
        a += 1
        def inner():
            nonlocal a
            a *= 10
        inner()
    mid()
    return a
print(outer())
def unbound():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 1
unbound()
def shadow():
    total = "local"
    return total
print(shadow(), total)
def cell_param(v):
    def get():
        return v
    v = v * 2
    return get()
print(cell_param(21))
x = 10
class Scope:
    x = 20
    def meth(self):
        return x
    y = [x for _ in range(1)]
print(Scope().meth(), Scope.y)
