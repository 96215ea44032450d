def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for re in [0.0, -0.0, 1.0, -1.5, 1e16, 1e-5, 123.0, float("inf"), float("nan")]:
    for im in [0.0, -0.0, 1.0, -2.5, 1e20, float("-inf"), float("nan")]:
        z = complex(re, im)
        print(repr(z), str(z))
