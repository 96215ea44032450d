def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375, 1234.5678, -1234.5678, 1e20, 1e300, 5e-324]:
    print(repr(v), round(v), round(v, 0), round(v, 1), round(v, 2), round(v, 3), round(v, -1), round(v, -2), round(v, 400))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, None), round(-0.0, 1), round(0.4), round(-0.4))
print(round(1e300) == int(1e300), round(-2.5), round(3.5), round(123.456, -1000))
t(lambda: round(float("inf")))
t(lambda: round(float("nan")))
t(lambda: round(float("inf"), 2))
