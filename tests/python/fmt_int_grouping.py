def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for v in [0, 999, 1000, 123456, -1234567, 10**9, 2**31, -2**62]:
    for spec in [",", "_", ",d", "_d", "_x", "_X", "#_x", "_o", "#_b", "15,", "<15_", "^17,", "+,"]:
        print(v, repr(spec), repr(format(v, spec)))
