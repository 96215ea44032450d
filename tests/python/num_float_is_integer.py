def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for v in [0.0, -0.0, 1.0, 1.5, -2.0, 1e20, 1e300, 2.0 ** 52 + 0.5, 2.0 ** 53, 5e-324, float("inf"), float("nan"), -1e-10]:
    print(repr(v), v.is_integer())
