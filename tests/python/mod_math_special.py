# math functions computed by the VM itself (not the C library's): cbrt,
# exp2, erf, erfc, gamma, lgamma; their values must be CPython's bit for bit.
import math


def show(name, f, xs):
    out = []
    for x in xs:
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(name, ' '.join(out))


show('cbrt', math.cbrt, [27.0, -27, 2.0, 3.0, 10.0, 0.001, -0.0, 0.0, 1e300, 5e-324, 123.456,
                         2.5e-310, math.inf, -math.inf])
show('exp2', math.exp2, [0.0, 1.0, -1.0, 0.5, 10, 3.3, -7.25, 1023.5, 1024.0, -1022.5, -1074.0,
                         -1075.5, 1e-20, 0.0078125, 700.125, -950.3, math.inf, -math.inf])
show('erf', math.erf, [0.0, -0.0, 1e-300, 1e-10, 0.1, 0.5, -0.5, 0.84, 1.0, -1.2, 1.5, 2.0,
                       2.86, -3.0, 4.5, 5.9, 6.0, -7.0, math.inf, -math.inf])
show('erfc', math.erfc, [0.0, 1e-20, 0.1, 0.3, -0.3, 0.8, 1.0, -1.1, 1.5, 2.5, 3.0, -4.0, 6.5,
                         10.0, 27.0, 28.5, -30.0, math.inf, -math.inf])
show('gamma', math.gamma, [1.0, 2.0, 5, 0.5, -0.5, 1.5, 3.25, 10.1, -2.5, 0.001, 1e-25, -1e-25,
                           23.0, 24.0, 30.5, 100.7, 141.3, 171.5, -150.5, -190.25, 210.0, -210.5,
                           0.0, -0.0, -3.0, 172.0, 1e-310, math.inf, -math.inf])
show('lgamma', math.lgamma, [1.0, 2.0, 3.0, 0.5, -0.5, 1.5, 2.5, 10.0, 100.5, 1000.25, 1e-25,
                             -1e-25, -2.5, -7.3, 4.9, 1e300, 2.5e305, 0.0, -4.0, 1e308, math.inf,
                             -math.inf])
print(math.isnan(math.gamma(math.nan)), math.isnan(math.erf(math.nan)), math.isnan(math.cbrt(math.nan)))
for f in (math.cbrt, math.erf, math.gamma, math.exp2):
    try:
        f('1')
    except TypeError as e:
        print(f.__name__, 'TypeError', e)
try:
    math.erfc()
except TypeError as e:
    print('TypeError', e)
