def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: "%d %d" % (1,))
t(lambda: "%d" % (1, 2))
t(lambda: "%s %s" % ("a", "b", "c"))
t(lambda: "x" % 1)
t(lambda: "x" % ())
t(lambda: "x" % [])
t(lambda: "%" % 1)
t(lambda: "abc %" % 1)
t(lambda: "%y" % 1)
t(lambda: "%5%" % (1,))
t(lambda: "%Q" % 1)
t(lambda: "%d" % "x")
t(lambda: "%x" % 1.5)
t(lambda: "%o" % "7")
t(lambda: "%f" % "x")
t(lambda: "%e" % None)
t(lambda: "%d" % float("inf"))
t(lambda: "%d" % float("nan"))
t(lambda: "%i" % [1])
t(lambda: "%s" % [])
t(lambda: "%(x)d" % 5)
