def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for v in [1+2j, -1.5-0.5j, 3j, -0j, complex(1, 0), complex(0.1, 1e20)]:
    for spec in ["", "20", "<20", ".2f", "+.1e", ".3g", "g", "e", "f", ">25.2f", "^25"]:
        t(lambda: format(v, spec))
t(lambda: format(1+2j, "d"))
t(lambda: format(1+2j, "010"))
t(lambda: format(1+2j, "=10"))
print(f"{1+2j}", f"{3j:>8}", "%s %r" % (1j, 2+0j))
