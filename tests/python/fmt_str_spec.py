def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for v in ["", "a", "abc", "héllo", "日本語"]:
    for spec in ["", "s", "5", "<5", ">5", "^5", "^6", "*^7", "-<6", ".1", ".2s", "8.2", ">8.3s", "05", "<05", "x>4", "0"]:
        print(repr(v), repr(spec), repr(format(v, spec)))
