def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for v in [2**64, -2**66, 10**30 + 1, 2**100]:
    for f in ["%d", "%i", "%40d", "%-40d|", "%040d", "%+d", "% d", "%.35d", "%x", "%#x", "%X", "%#X", "%o", "%#o", "%#50x", "%e", "%.3g", "%f"]:
        print(repr(f), repr(f % v))
print("%d items, %x hex, %s str" % (2**66, 2**66, 2**66))
t(lambda: "%f" % 10**400)
