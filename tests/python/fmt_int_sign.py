def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for v in [0, 3, -3, 2**64, -2**64]:
    for spec in ["+", "-", " ", "+d", " d", "+x", " #x", "+#o", "-b", "+8", " <8", "+^9", " =9", "+,"]:
        print(v, repr(spec), repr(format(v, spec)))
