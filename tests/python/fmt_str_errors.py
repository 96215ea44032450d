def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for spec in ["d", "x", "f", "+", " ", "-", "#", "=5", "z", ",", "_", "abc", ".", "+5s", "#5"]:
    t(lambda: format("abc", spec))
t(lambda: format(None, ">5"))
t(lambda: format([1], "s"))
print(format(None, ""), format([1, 2], ""), format((1,), ""))
