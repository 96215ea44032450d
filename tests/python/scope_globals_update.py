# update / pop / setdefault on the globals dict
globals().update({"p": 1, "q": 2})
globals().update(r=3)
globals().update([("s", 4)])
print(p, q, r, s)
g = globals()
g.update(p=10)
print(p)


def f():
    return p + q


print(f())
g["q"] = 20
print(f())
print(sorted(k for k in g if len(k) == 1))
