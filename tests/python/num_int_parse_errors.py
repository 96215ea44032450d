def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for s, b in [("", 10), ("12a", 10), ("0x", 16), ("0x1g", 0), ("08", 0), ("0b2", 0), ("1.5", 10), ("- 1", 10),
             ("++1", 10), ("z", 35), ("12", 1), ("12", 37), ("12", -1), ("_1", 10), ("1_", 10), ("1__0", 10), (" ", 10)]:
    t(lambda: int(s, b))
t(lambda: int(1.5, 10))
t(lambda: int(None))
t(lambda: int([1]))
t(lambda: int(float("inf")))
t(lambda: int(float("nan")))
t(lambda: int("abc"))
t(lambda: int("9" * 5 + "x"))
