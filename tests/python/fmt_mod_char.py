def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print("%c%c%c" % (72, 105, 33))
print("%c|%3c|%-3c|" % ("x", "y", "z"))
print("%c" % 0x263A, "%c" % 233, "%5c|" % 65)
t(lambda: "%c" % "xy")
t(lambda: "%c" % "")
t(lambda: "%c" % 1.5)
t(lambda: "%c" % -1)
t(lambda: "%c" % 0x110000)
t(lambda: "%c" % 2**70)
t(lambda: "%c" % None)
print("%c" % True)
