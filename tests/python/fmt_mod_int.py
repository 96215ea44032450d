def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for v in [0, 5, -5, 42, 255, -255, 2**40, True]:
    for f in ["%d", "%i", "%u", "%5d", "%-5d|", "%05d", "%+d", "% d", "%+05d", "% 5d", "%.3d", "%8.4d", "%-8.4d|",
              "%x", "%#x", "%X", "%#X", "%o", "%#o", "%#08x", "%-#8o|", "%#.4x", "%ld", "%hd"]:
        print(repr(f), repr(f % v))
