def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


inf = float("inf")
nan = float("nan")
for v in [inf, -inf, nan, -0.0, 0.0, -1e-9, -0.0001]:
    for spec in ["", "f", "e", "g", "F", "E", "G", "%", "10", "<10", "010", "+", " ", "z", "z.1f", "z.0e", "z.2g", ",", "010,", "x=10"]:
        print(repr(v), repr(spec), repr(format(v, spec)))
