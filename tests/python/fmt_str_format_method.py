def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print("{} {} {}".format(1, 2.5, "x"))
print("{0:>5}|{1:<6.2f}|{2:^7}".format(42, 3.14159, "ab"))
print("{a:08.3f} {b:#x} {a:e}".format(a=-2.5, b=3054))
print("{:,} {:_x} {:+}".format(10**12, 2**40, 7))
print("{0!r} {0!s} {0!a}".format("é"))
print("{:{}.{}f}".format(2.71828, 10, 3))
print("{:%} {:.1%}".format(0.25, 1/3))
print("{:c}{:c}".format(72, 105))
print("{0[0]} {0[1]:>4}".format([7, 8]))
t(lambda: "{:d}".format("x"))
t(lambda: "{:s}".format(3))
t(lambda: "{:.2d}".format(3))
t(lambda: "{:,x}".format(3))
t(lambda: "{:=5}".format("s"))
