def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for v in [0, 1, -7, 123456789, 2**53 + 1, 10**20, -(10**25), True]:
    for spec in ["e", "E", ".2e", "f", ".3f", "F", "g", "G", ".3g", "%", ".1%", ",.2f", "z.1f"]:
        print(v, repr(spec), repr(format(v, spec)))
t(lambda: format(10**400, "f"))
t(lambda: format(10**400, "e"))
