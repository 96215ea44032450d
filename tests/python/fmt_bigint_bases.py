def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for v in [2**64, -2**64, 10**30, 2**100 - 1, -(3**70)]:
    for spec in ["x", "X", "#x", "#X", "o", "#o", "b", "#b", "#60x", "#060x", "+#x", "-#o"]:
        print(repr(spec), repr(format(v, spec)))
    print(hex(v), oct(v), bin(v)[:30])
