def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print("%*d|" % (5, 42))
print("%-*d|" % (5, 42))
print("%*d|" % (-5, 42))
print("%.*f|" % (2, 3.14159))
print("%*.*f|" % (10, 3, 2.71828))
print("%*s|%-*s|" % (4, "a", 4, "b"))
print("%.*s|" % (3, "abcdef"))
print("%0*d" % (6, -42))
t(lambda: "%*d" % ("a", 3))
t(lambda: "%*d" % (5,))
t(lambda: "%.*f" % (1.5, 2.0))
t(lambda: "%*d" % (2.0, 3))
