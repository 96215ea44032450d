def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for v in [True, False]:
    for spec in ["", "d", "5", ">5", "<5", "x", "#b", "+", "05", ".2f", "e", "%", "c", "n", ","]:
        t(lambda: format(v, spec))
t(lambda: format(True, "s"))
print(f"{True}", f"{False!r}", f"{True:>6}", "%s %d %r" % (True, True, False), "{} {:d}".format(True, False))
