def make():
    items = []
    total = 0
    def add(v):
        nonlocal total
        items.append(v)
        total += v
        return total
    def get():
        return items, total
    return add, get
add, get = make()
add(1); add(5)
print(get())
def unbound():
    def f():
        return v
    try:
        f()
    except NameError as e:
        print(type(e).__name__, e)
    v = 3
    return f()
print(unbound())
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump(); print(counter)
def defines_global():
    global newglob
    newglob = "hi"
defines_global(); print(newglob)
def cell_in_loop():
    out = []
    for i in range(3):
        out.append((lambda j: lambda: j * 10)(i))
    return [f() for f in out]
print(cell_in_loop())
def del_closure():
    x = 1
    def r():
        return x
    del x
    try:
        r()
    except NameError as e:
        print(type(e).__name__, e)
del_closure()
def f():
    x = 0
    class K:
        nonlocal x
        x = 5
        y = x
    return x, K.y
print(f())
def f2():
    a = 1
    class K:
        a = 2
        def m(self):
            return a
    return K().m(), K.a
print(f2())
