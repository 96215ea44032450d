def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for v in [0.0, 1.0, -1.5, 100.0, 123456.0, 1234567.0, 0.0001, 0.00001234, 1e16, 9.9999, 99999.5, 1e-300, 3.0]:
    for spec in ["g", "G", ".0g", ".1g", ".2g", ".3g", ".10g", "#g", "#.3g", "#.0g", "12g", "+g", "n", ".3n"]:
        print(repr(v), repr(spec), repr(format(v, spec)))
