def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for spec in ["d", "x", "c", "b", "s", ",n", "_n", ".", "abc", "#.", ".1.2", ",_", "z9z"]:
    t(lambda: format(1.5, spec))
t(lambda: format(1.5, "99999999999999999999f"))
t(lambda: f"{2.5:q}")
t(lambda: "{:d}".format(2.5))
