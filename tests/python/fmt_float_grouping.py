def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for v in [0.0, 1234.5, -1234567.891, 1e10, 123456789.0, 1e16, 1e22, 0.001]:
    for spec in [",", "_", ",.2f", "_.3f", ",.0f", ",e", ",g", ",.10g", "020,.2f", "0=20_.1f", "^20,.1f", ",%", "_.1%"]:
        print(repr(v), repr(spec), repr(format(v, spec)))
