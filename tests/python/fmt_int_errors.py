def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for spec in [".2", ".0d", "z", "zd", "s", "y", "r", ",x", ",b", ",o", ",n", "_n", ",_", "_,", "abc", "10.", ".",
             "<<<", "#.1x", "1.1.1", "=", "99999999999999999999d", ".99999999999999999999", "+-5"]:
    t(lambda: format(12, spec))
for spec in ["q", ".1", "z"]:
    t(lambda: format(True, spec))
