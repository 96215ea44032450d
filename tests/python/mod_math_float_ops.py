# The exact float operations of math: frexp, ldexp, modf, nextafter, ulp,
# remainder, fsum, hypot, dist, and the libm wrappers' error cases.
import math


def show(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(label, type(e).__name__, e)


for x in [0.0, -0.0, 1.0, -3.5, 1e300, 5e-324, 2.2250738585072014e-308, 1e-310, 0.1, math.inf, -math.inf]:
    show('frexp', math.frexp, x)
    show('modf', math.modf, x)
    show('ulp', math.ulp, x)
show('frexp int', math.frexp, 12)
show('frexp big', math.frexp, 2 ** 1030)
for x, n in [(1.0, 1023), (1.0, 1024), (0.75, 1025), (1.0, -1074), (1.0, -1075), (1.5, -1074),
             (3.0, -1075), (0.7, -1070), (-1.0, -1076), (1.0, 10 ** 30), (1.0, -10 ** 30),
             (12345.678, -1060), (2, 3), (1.0, True), (math.inf, -5), (-0.0, 7)]:
    show('ldexp %r %r' % (x, n), math.ldexp, x, n)
show('ldexp float exp', math.ldexp, 1.0, 2.0)
for x, y in [(1.0, 2.0), (1.0, 0.0), (0.0, -1.0), (-0.0, 1.0), (5e-324, 0.0), (-5e-324, 1.0),
             (1.7976931348623157e308, math.inf), (math.inf, 0.0), (2.0, 1.0), (0.5, 1.0), (3.0, 3.0)]:
    show('nextafter %r %r' % (x, y), math.nextafter, x, y)
for x, y in [(7.0, 2.0), (5.0, 2.0), (-5.0, 2.0), (6.5, 1.0), (7.5, 1.0), (1e300, 3.0), (3.0, 1e300),
             (-0.0, 1.0), (1.0, 0.0), (math.inf, 1.0), (1.0, math.inf), (10.0, 0.3), (2.5, -1.0)]:
    show('remainder %r %r' % (x, y), math.remainder, x, y)
show('fsum tenths', math.fsum, [0.1] * 10)
show('fsum cancel', math.fsum, [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])
show('fsum tie', math.fsum, [2.0 ** 53, 1.0, 2.0 ** -60])
show('fsum tie down', math.fsum, [2.0 ** 53, -1.0, -(2.0 ** -60)])
show('fsum empty', math.fsum, [])
show('fsum ints', math.fsum, range(1, 101))
show('fsum iter', math.fsum, iter([0.5, 0.25, 1e-20]))
show('fsum inf', math.fsum, [1.0, math.inf])
show('fsum infs', math.fsum, [math.inf, -math.inf])
show('fsum nan', math.fsum, [math.nan, 1.0])
show('fsum overflow', math.fsum, [1e308, 1e308])
show('fsum big int', math.fsum, [1, 2 ** 1030])
show('fsum str', math.fsum, ['a'])
show('fsum not iterable', math.fsum, 3)
show('hypot', math.hypot, 3, 4, 12)
show('hypot none', math.hypot)
show('hypot one', math.hypot, -2.5)
show('hypot big', math.hypot, 1e308, 1e308)
show('hypot huge', math.hypot, 1.5e308, 1.5e308)
show('hypot tiny', math.hypot, 5e-324, 5e-324)
show('hypot mixed', math.hypot, 1e-200, 1e200, 3.0)
show('hypot inf nan', math.hypot, math.nan, math.inf)
show('hypot nan', math.hypot, math.nan, 1.0)
show('hypot many', math.hypot, *[0.1 * i for i in range(1, 20)])
show('dist', math.dist, (1, 2), (4, 6))
show('dist 3d', math.dist, [0.1, 0.2, 0.3], (1.5, -2.25, 7.0))
show('dist empty', math.dist, (), ())
show('dist lengths', math.dist, (1, 2), (3,))
show('dist not iterable', math.dist, 1, 2)
for f, x in [(math.sinh, 1000.0), (math.cosh, -1000.0), (math.expm1, 1000.0), (math.acosh, 0.5),
             (math.atanh, 1.0), (math.atanh, -1.0), (math.log1p, -1.0), (math.log1p, -2.0),
             (math.asinh, math.inf), (math.tanh, math.inf), (math.degrees, 1e308), (math.sinh, math.nan)]:
    show(f.__name__ + ' ' + repr(x), f, x)
for f, x in [(math.sinh, 0.5), (math.cosh, 0.5), (math.tanh, 0.5), (math.asinh, 1.5),
             (math.acosh, 2.0), (math.atanh, 0.25), (math.expm1, 1e-10), (math.log1p, 1e-10)]:
    show(f.__name__ + ' ' + repr(x), f, x)
show('log big', math.log, 10 ** 400)
show('log10 big', math.log10, 10 ** 400)
show('log2 big', math.log2, 2 ** 2000)
show('log base', math.log, 10 ** 400, 10)
show('log neg big', math.log, -(10 ** 400))
show('log zero', math.log, 0)
show('log base 1', math.log, 2, 1)
show('log args', math.log)
show('sqrt big', math.sqrt, 10 ** 400)
show('floor big', math.floor, 1e300)
show('ceil', math.ceil, -2.5)
show('trunc str', math.trunc, 'x')
show('floor inf', math.floor, math.inf)
show('trunc nan', math.trunc, math.nan)
show('sqrt kw', lambda: math.sqrt(x=1))
show('sqrt none', math.sqrt)
show('atan2 one', math.atan2, 1)
show('isclose', math.isclose, 1.0, 1.0 + 1e-10)
show('isclose neg tol', lambda: math.isclose(1.0, 2.0, rel_tol=-1))
show('isclose bad kw', lambda: math.isclose(1.0, 2.0, foo=1))
show('prod start', lambda: math.prod([1, 2, 3], start=2))
show('prod floats', math.prod, [1.5, 2])


class Idx:
    def __index__(self):
        return 7


class Fl:
    def __float__(self):
        return 2.0


class Rounding:
    def __floor__(self):
        return 'floor'

    def __ceil__(self):
        return 'ceil'

    def __trunc__(self):
        return 'trunc'


show('sqrt index', math.sqrt, Idx())
show('sqrt float', math.sqrt, Fl())
show('floor float', math.floor, Fl())
show('trunc float', math.trunc, Fl())
show('dunders', lambda: (math.floor(Rounding()), math.ceil(Rounding()), math.trunc(Rounding())))
