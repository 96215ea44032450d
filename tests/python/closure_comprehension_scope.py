class C:
    x = 5
    ys = [i for i in range(3)]
    try:
        zs = [x for i in range(2)]
    except NameError as e:
        zs = str(e)
    w = [i * 2 for i in ys]
print(C.ys, C.zs, C.w)
def f():
    fs = [lambda: i for i in range(3)]
    return [g() for g in fs]
print(f())
def g():
    fs = [lambda i=i: i for i in range(3)]
    return [h() for h in fs]
print(g())
i = "outer"
print([i for i in range(2)], i)
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter(); c(); c(); print(c())
def outer():
    x = 1
    def mid():
        def inner():
            nonlocal x
            x += 10
        inner()
        return x
    return mid()
print(outer())
def shadow():
    x = 1
    def f():
        x = 2
        def g():
            return x
        return g()
    return f(), x
print(shadow())
def late():
    fs = []
    for k in range(3):
        def h():
            return k
        fs.append(h)
    return [h() for h in fs]
print(late())
print({k: v for k, v in zip("ab", range(2))}, {x % 3 for x in range(10)})
print([(a, b) for a in range(3) if a for b in range(a)])
