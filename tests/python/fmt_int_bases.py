def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for v in [0, 1, 10, 255, -255, 4096, 2**40 - 1, -2**50]:
    for spec in ["x", "X", "#x", "#X", "o", "#o", "b", "#b", "8x", "#10x", "<#8o", "^#12b"]:
        print(v, repr(spec), repr(format(v, spec)))
print(hex(255), oct(8), bin(5), hex(-1), oct(-9), bin(-3))
