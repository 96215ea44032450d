class C:
    shared = []
    count = 0
    def __init__(self):
        C.count += 1
        self.shared.append(C.count)
a = C()
b = C()
print(C.count, a.shared is b.shared, a.shared, a.count)
a.count = 100
print(a.count, C.count, b.count)
del a.count
print(a.count)
C.new_attr = "added"
print(a.new_attr, hasattr(b, "new_attr"), "new_attr" in C.__dict__)
C.method = lambda self: "dyn method " + str(self.count)
print(a.method())
del C.new_attr
print(hasattr(a, "new_attr"))
class D(C):
    pass
print(D.count, D.shared is C.shared, "count" in D.__dict__, D.__dict__.get("count"))
D.count = 5
print(D.count, C.count)
print(sorted(k for k in vars(C) if not k.startswith("__")))
setattr(C, "x", 1)
print(getattr(D, "x"), vars(a))
a.__dict__["manual"] = 7
print(a.manual, vars(a))
a.__dict__.clear()
print(vars(a), a.count)
