def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for v in [0.0, -0.0, 1.0, 0.1, 1/3, 2/3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 1.5e-10, 3.0, 12.0, 123.0, 1e100]:
    for spec in ["", ".1", ".2", ".3", ".0", ".17", "#", "#.3", "10", "<12", "+", ",", "_", "012"]:
        print(repr(v), repr(spec), repr(format(v, spec)))
    print(str(v), repr(v), f"{v}", f"{v!r}")
