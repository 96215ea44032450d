def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for v in [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.0, 3.14159, 0.1, 1e10, 1e300, 1.7976931348623157e308, 2.2250738585072014e-308,
          5e-324, 1e-310, -2.5e-320, float("inf"), float("-inf"), float("nan"), 123456789.0]:
    print(repr(v), v.hex())
