def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for v in [0.0, 1.0, -1.5, 3.14159265, 12345.678, 1e-7, 9.999999e99, 5e-324, 1.7976931348623157e308, -0.0]:
    for spec in ["e", "E", ".0e", "#.0e", ".1e", ".3E", ".15e", "15.3e", "<15.2e", "+e", " .2e", "015.3e"]:
        print(repr(v), repr(spec), repr(format(v, spec)))
