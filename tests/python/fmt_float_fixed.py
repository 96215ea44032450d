def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for v in [0.0, 1.0, -1.5, 3.14159265, 2.675, 0.125, 0.375, 1e-7, 123456789.987, 1e22, -1e300, 0.5, 1.5, 2.5]:
    for spec in ["f", ".0f", ".1f", ".2f", ".10f", "F", "#.0f", "10.2f", "<10.2f", "^12.3f", "+.2f", " .1f", "08.2f"]:
        print(repr(v), repr(spec), repr(format(v, spec)))
