"""The `math` module: `math.NAME(...)` in a program calls `math_NAME` here.

Public functions (floats in, CPython 3.11's results and errors out):
    math_sqrt math_exp math_expm1 math_log math_log2 math_log10 math_log1p
    math_sin math_cos math_tan math_asin math_acos math_atan
    math_sinh math_cosh math_tanh math_asinh math_acosh math_atanh
    math_fabs math_degrees math_radians             (x: float) -> float
    math_atan2(y, x) math_hypot(x, y) math_pow(x, y) math_fmod(x, y)
    math_copysign(x, y) math_log_base(x, base)      -> float
    math_floor(x) math_ceil(x) math_trunc(x)        (x: float) -> int
    math_isfinite(x) math_isnan(x) math_isinf(x)    -> bool
    math_isclose(a, b, rel_tol=1e-09, abs_tol=0.0) -> bool

The numbers come from the math-library primitives (`_prims.fsqrt` ...,
which return NaN and infinities as C does and never raise); CPython's
errors are added here, once for every backend:
- ValueError "math domain error" when a non-NaN argument gives NaN
  (sqrt(-1.0), log(-1.0), asin(2.0), sin(inf)), or when a finite argument
  gives an infinity from a function that cannot overflow (log(0.0),
  atanh(1.0), log1p(-1.0));
- OverflowError "math range error" when a finite argument gives an
  infinity from one that can (exp, expm1, sinh, cosh, pow);
- floor, ceil and trunc return ints: OverflowError "cannot convert float
  infinity to integer", ValueError "cannot convert float NaN to integer",
  and OverflowError "integer overflow" beyond 64 bits (CPython returns a
  big int there).
hypot is computed here (not by the C library): the exactly rounded
square root of a double-double sum of squares, as CPython's own hypot
(which is more accurate than glibc's).
"""

import _prims

_M_SIGN: int = -9223372036854775807 - 1
_M_MAGNITUDE: int = 9223372036854775807
_M_RAD_TO_DEG: float = 57.29577951308232
_M_DEG_TO_RAD: float = 0.017453292519943295
# 2**27 + 1: Veltkamp's constant to split a double into two 26-bit halves.
_M_SPLIT: float = 134217729.0


def _m_inf() -> float:
    return _prims.float_frombits(0x7FF0000000000000)


def _m_isfinite(x: float) -> bool:
    return x - x == 0.0


def _m_fabs(x: float) -> float:
    return _prims.float_frombits(_prims.float_bits(x) & _M_MAGNITUDE)


def _m_check(x: float, r: float, can_overflow: bool) -> float:
    """CPython's errors for r = f(x) from a one-argument libm function."""
    if r != r:
        if x == x:
            raise ValueError("math domain error")
        return r
    if r - r != 0.0 and _m_isfinite(x):
        if can_overflow:
            raise OverflowError("math range error")
        raise ValueError("math domain error")
    return r


def math_sqrt(x: float) -> float:
    return _m_check(x, _prims.fsqrt(x), False)


def math_exp(x: float) -> float:
    return _m_check(x, _prims.fexp(x), True)


def math_expm1(x: float) -> float:
    return _m_check(x, _prims.fexpm1(x), True)


def math_log(x: float) -> float:
    return _m_check(x, _prims.flog(x), False)


def math_log_base(x: float, base: float) -> float:
    """math.log(x, base): log(x) / log(base); ZeroDivisionError "float
    division by zero" for base 1."""
    num = math_log(x)
    den = math_log(base)
    return num / den


def math_log2(x: float) -> float:
    return _m_check(x, _prims.flog2(x), False)


def math_log10(x: float) -> float:
    return _m_check(x, _prims.flog10(x), False)


def math_log1p(x: float) -> float:
    return _m_check(x, _prims.flog1p(x), False)


def math_sin(x: float) -> float:
    return _m_check(x, _prims.fsin(x), False)


def math_cos(x: float) -> float:
    return _m_check(x, _prims.fcos(x), False)


def math_tan(x: float) -> float:
    return _m_check(x, _prims.ftan(x), False)


def math_asin(x: float) -> float:
    return _m_check(x, _prims.fasin(x), False)


def math_acos(x: float) -> float:
    return _m_check(x, _prims.facos(x), False)


def math_atan(x: float) -> float:
    return _m_check(x, _prims.fatan(x), False)


def math_sinh(x: float) -> float:
    return _m_check(x, _prims.fsinh(x), True)


def math_cosh(x: float) -> float:
    return _m_check(x, _prims.fcosh(x), True)


def math_tanh(x: float) -> float:
    return _m_check(x, _prims.ftanh(x), False)


def math_asinh(x: float) -> float:
    return _m_check(x, _prims.fasinh(x), False)


def math_acosh(x: float) -> float:
    return _m_check(x, _prims.facosh(x), False)


def math_atanh(x: float) -> float:
    return _m_check(x, _prims.fatanh(x), False)


def math_atan2(y: float, x: float) -> float:
    """atan2 never gives NaN from non-NaN arguments, nor an infinity."""
    return _prims.fatan2(y, x)


def math_fmod(x: float, y: float) -> float:
    """C's fmod (sign of x); x for an infinite y; ValueError "math domain
    error" for y = 0 or an infinite x."""
    if x != x or y != y:
        return x + y
    if y - y != 0.0 and _m_isfinite(x):
        return x
    r = _prims.fcfmod(x, y)
    if r != r:
        raise ValueError("math domain error")
    return r


def math_pow(x: float, y: float) -> float:
    """math.pow: C99's special values (pow(1.0, nan) and pow(nan, 0.0) are
    1.0, pow(0.0, -inf) is inf), ValueError "math domain error" for 0.0 to
    a negative finite power and for a negative base with a non-integer
    exponent, OverflowError "math range error" when finite arguments
    overflow."""
    if x == 0.0 and y < 0.0 and _m_isfinite(y):
        raise ValueError("math domain error")
    try:
        return _prims.fpow(x, y)
    except OverflowError:
        pass
    raise OverflowError("math range error")


def _m_two_prod_err(a: float, b: float, p: float) -> float:
    """The rounding error a * b - p of p = fl(a * b), exactly (Dekker's
    product; a and b must be far from overflow)."""
    t = _M_SPLIT * a
    ah = t - (t - a)
    al = a - ah
    t = _M_SPLIT * b
    bh = t - (t - b)
    bl = b - bh
    return ((ah * bh - p) + ah * bl + al * bh) + al * bl


def _m_pow2(e: int) -> float:
    """2.0 ** e for -1022 <= e <= 1023."""
    return _prims.float_frombits((e + 1023) << 52)


def math_hypot(x: float, y: float) -> float:
    """sqrt(x*x + y*y) without intermediate overflow or underflow,
    correctly rounded but in very rare cases; inf if either is infinite
    (even with a NaN), else NaN if either is NaN."""
    x = _m_fabs(x)
    y = _m_fabs(y)
    inf = _m_inf()
    if x == inf or y == inf:
        return inf
    if x != x or y != y:
        return x + y
    if x < y:
        t = x
        x = y
        y = t
    if y == 0.0:
        return x
    # Scale by a power of two so that x is in [1, 2): exact, and nothing
    # overflows or underflows below.
    bits = _prims.float_bits(x)
    e = (bits >> 52) - 1023
    if e == -1023:
        # Subnormal x (then y is subnormal too): scale up first.
        x = x * 18014398509481984.0  # 2**54
        y = y * 18014398509481984.0
        e = (_prims.float_bits(x) >> 52) - 1023
        sub = 54
    else:
        sub = 0
    if y < x * 5.421010862427522e-20:  # 2**-64: y*y is below x*x's last bit
        return _prims.float_frombits(bits)
    # 2**-e in two exact steps (2**-1023 alone would be subnormal).
    half = e // 2
    s1 = _m_pow2(0 - half)
    s2 = _m_pow2(half - e)
    x = x * s1 * s2
    y = y * s1 * s2
    # x*x + y*y as hi + lo (exact up to the last additions' rounding).
    a = x * x
    ae = _m_two_prod_err(x, x, a)
    b = y * y
    be = _m_two_prod_err(y, y, b)
    hi = a + b
    bv = hi - a
    lo = ((a - (hi - bv)) + (b - bv)) + (ae + be)
    h = _prims.fsqrt(hi)
    # One Newton step on the residual hi + lo - h*h (hi - h*h is exact).
    hh = h * h
    r = ((hi - hh) - _m_two_prod_err(h, h, hh)) + lo
    h = h + r / (h + h)
    e = e - sub
    # Undo the scaling in two exact steps (the result may overflow to inf
    # or become subnormal only in the last one).
    half = e // 2
    return h * _m_pow2(half) * _m_pow2(e - half)


def math_copysign(x: float, y: float) -> float:
    """|x| with the sign bit of y (NaNs and zeros included)."""
    return _prims.float_frombits((_prims.float_bits(x) & _M_MAGNITUDE) | (_prims.float_bits(y) & _M_SIGN))


def math_fabs(x: float) -> float:
    return _m_fabs(x)


def math_degrees(x: float) -> float:
    return x * _M_RAD_TO_DEG


def math_radians(x: float) -> float:
    return x * _M_DEG_TO_RAD


def math_floor(x: float) -> int:
    return _prims.float_toint(_prims.ffloor(x))


def math_ceil(x: float) -> int:
    return _prims.float_toint(_prims.fceil(x))


def math_trunc(x: float) -> int:
    return _prims.float_toint(x)


def math_isfinite(x: float) -> bool:
    return x - x == 0.0


def math_isnan(x: float) -> bool:
    return x != x


def math_isinf(x: float) -> bool:
    return x == x and x - x != 0.0


def math_isclose(a: float, b: float, rel_tol: float = 1e-09, abs_tol: float = 0.0) -> bool:
    """CPython's isclose: |a - b| <= max(rel_tol * max(|a|, |b|), abs_tol);
    equal values (infinities included) are close, an infinity is close to
    nothing else, NaN to nothing; ValueError "tolerances must be
    non-negative"."""
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    if a == b:
        return True
    if not _m_isfinite(a) or not _m_isfinite(b):
        return False
    diff = _m_fabs(b - a)
    return diff <= _m_fabs(rel_tol * b) or diff <= _m_fabs(rel_tol * a) or diff <= abs_tol
