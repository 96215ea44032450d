def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for v in [0, 5, -5, 1234, -1234, 65535]:
    for spec in ["05", "08d", "+08", " 08", "08x", "#010x", "#010b", "08,", "09,", "010,", "011_", "012_x",
                 "0=10", "x=10", "*=+10", "0<8", "0>8", "0^9", "00", "010_b"]:
        print(v, repr(spec), repr(format(v, spec)))
