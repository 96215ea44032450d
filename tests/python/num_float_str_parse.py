def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for s in ["1.5", " -2.5e3 ", "inf", "-Infinity", "nan", "+NaN", "1e-320", "1e400", "0x1p3", "1_000.5", "1__0", "1.5.2", "", "e5",
          ".5", "5.", "1E+2", "١٫٥", "٣", "  7  ", "infinit", "-0", "00012", "1_e5"]:
    t(lambda: float(s))
t(lambda: float(None))
t(lambda: float([1]))
print(float(), float(True), float(2**80), float(-0.0))
