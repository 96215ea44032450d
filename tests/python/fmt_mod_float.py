def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for v in [0.0, -0.0, 1.5, -2.25, 3.14159265, 1e-7, 1e16, 123456.789, 2.675, 0.5]:
    for f in ["%f", "%.0f", "%.2f", "%#.0f", "%10.3f", "%-10.1f|", "%010.2f", "%+f", "% f", "%F",
              "%e", "%E", "%.1e", "%#.0e", "%g", "%G", "%.3g", "%#g", "%10g", "%d", "%i", "%s", "%r"]:
        print(repr(f), repr(f % v))
for v in [float("inf"), float("-inf"), float("nan")]:
    print("%f %e %g %010f %-8f| %+f %F %s %r" % (v, v, v, v, v, v, v, v, v))
