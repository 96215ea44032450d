def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


d = {"name": "Ann", "age": 33, "h": 1.65, "big": 2**70}
print("%(name)s is %(age)d, %(h).1f m" % d)
print("%(name)r %(age)05d %(age)x %(big)d" % d)
print("%(name)-6s|%(age)+d" % d)
print("%(a(b))s" % {"a(b)": 1})
print("no fields" % d, "%%(x)s" % d)
t(lambda: "%(missing)s" % d)
t(lambda: "%(name)s" % ("x",))
t(lambda: "%(name" % d)
t(lambda: "%(name)s %s" % d)
class M:
    def __getitem__(self, k):
        return k.upper()
print("%(abc)s-%(x)s" % M())
