def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for v in [0, 7, -7, 42, -1234, 9223372036854775807, -9223372036854775808]:
    for spec in ["", "d", "n", "5", "5d", "<6", ">6", "^7", "*^9", "-<6", "=8", "10d"]:
        print(repr(spec), repr(format(v, spec)), repr(f"{v:{spec}}"))
