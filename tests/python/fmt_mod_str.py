def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for v in ["", "a", "abc", "héllo", 42, 1.5, None, [1, "a"], (1,), {"k": 2}]:
    for f in ["%s", "%r", "%a", "%5s", "%-5s|", "%.2s", "%8.3s", "%-8.1r|", "%.0s|"]:
        print(repr(f), repr(f % (v,)))
print("%s and %s" % ("a", "b"), "%s" % ("x",), "%r" % "q'q", "%a" % "日本")
print("100%%", "%d%%" % 50, "%s" % "%%")
