def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for v in [0.0, -0.0, 1.0, 0.5, -0.75, 0.1, 1.5, 3.14159, 1e20, 1e300, 5e-324, 2.0 ** -1074, 123456.789, -2.5e-5]:
    n, d = v.as_integer_ratio()
    print(repr(v), n if abs(n) < 10**40 else len(str(n)), d if d < 10**40 else len(str(d)), n / d == v)
t(lambda: float("inf").as_integer_ratio())
t(lambda: float("nan").as_integer_ratio())
print((2**70).as_integer_ratio(), (-7).as_integer_ratio(), True.as_integer_ratio())
