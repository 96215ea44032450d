def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


big = [2**64, -2**64, 10**30, -(10**30) + 7, 2**100 + 1, 3**90]
for v in big:
    for spec in ["", "d", "40", "<40", "^40", "*>40", "+", " ", "n", "=+45", "045"]:
        print(repr(spec), repr(format(v, spec)))
    print(f"{v}", f"{v!r}", f"{v:>45}", str(v) == format(v, "d"))
