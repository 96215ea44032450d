def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for v in [2**70, -2**70, 10**30, 12345678901234567890123]:
    for spec in [",", "_", "_x", "_b", "#_o", "50,", "050,", "+055_", "0=60,", "x^60,", "_X"]:
        print(repr(spec), repr(format(v, spec)))
print(f"{2**70:,}", f"{-10**24:_}")
