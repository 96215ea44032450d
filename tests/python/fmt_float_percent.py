def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for v in [0.0, 0.5, 0.123456, 1.0, -0.25, 12.5, 1e-9, 1234.5678]:
    for spec in ["%", ".0%", ".1%", ".3%", "#.0%", "10.1%", "<10.1%", "+.2%", ",.1%", "z.0%"]:
        print(repr(v), repr(spec), repr(format(v, spec)))
