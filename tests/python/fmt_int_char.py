def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for v in [65, 97, 48, 0x263A, 0x1F600, 233, 10]:
    for spec in ["c", "3c", "<3c", "^5c", "*>4c", "=4c"]:
        print(v, repr(spec), repr(format(v, spec)))
t(lambda: format(-1, "c"))
t(lambda: format(0x110000, "c"))
t(lambda: format(2**70, "c"))
t(lambda: format(65, "+c"))
t(lambda: format(65, "#c"))
t(lambda: format(65, ",c"))
t(lambda: format(65, "_c"))
t(lambda: format(65, ".1c"))
t(lambda: f"{66:c}{67:c}")
