"""Numbers: parsing, repr, rounding, integer helpers and hashes.

Public functions:
    builtin_int_str(s: str) -> int                 int(s)
    builtin_int_str_base(s: str, base: int) -> int int(s, base), base 0 or 2..36
    builtin_int_float(x: float) -> int             int(x)
    builtin_int_bool(b: bool) -> int               int(b)
    builtin_float_str(s: str) -> float             float(s)
    builtin_float_int(i: int) -> float             float(i)
    builtin_repr_float(x: float) -> str            repr(x) (shortest round trip)
    builtin_str_float(x: float) -> str             str(x) (same as repr)
    float_digits(x: float) -> tuple[str, int]      shortest digits and decimal point position
    builtin_round_float(x: float, n: int) -> float round(x, n)
    builtin_round_float1(x: float) -> int          round(x)
    builtin_round_int(x: int, n: int) -> int       round(i, n)
    builtin_pow_int(a: int, b: int) -> int         a ** b (b >= 0)
    builtin_pow_float(a: float, b: float) -> float a ** b
    builtin_hex(x) / builtin_oct(x) / builtin_bin(x) -> str
    int_to_base(x: int, base: int) -> str          digits in base 2..36, '-' sign, no prefix
    builtin_divmod_int(a, b) -> tuple[int, int]
    builtin_divmod_float(a, b) -> tuple[float, float]
    builtin_abs_int(x) -> int ; builtin_abs_float(x) -> float
    float_is_integer(x) -> bool ; float_isnan(x) ; float_isinf(x)
    builtin_hash_int(x) -> int     CPython's hash (modulus 2**61 - 1, -1 -> -2)
    builtin_hash_bool(b) -> int
    builtin_hash_float(x) -> int   CPython's hash (nan hashes to 0)
    builtin_hash_tuple(hashes: list[int]) -> int  CPython 3.11's xxHash tuple hash
    builtin_hash_str(s) -> int ; builtin_hash_bytes(b) -> int  (deterministic,
        not CPython's randomized hash)

Errors are CPython's: ValueError "invalid literal for int() with base 10:
'x'", "could not convert string to float: 'x'", OverflowError "integer
overflow" when a result leaves the 64-bit range (translated ints are
64-bit; the CPython run of this module checks the same range).
"""

import _prims
from _generic import T
from chars import builtin_repr_str, char_decimal_value, char_isspace

INT_MAX: int = 9223372036854775807
INT_MIN: int = -9223372036854775807 - 1
HASH_MODULUS: int = 2305843009213693951  # 2**61 - 1


def _overflow_check(x: int) -> int:
    """Raise OverflowError "integer overflow" outside the 64-bit range
    (a no-op when translated)."""
    if x > INT_MAX or x < INT_MIN:
        raise OverflowError("integer overflow")
    return x


def _number_space(cp: int) -> bool:
    """Whitespace that int() and float() strip: CPython takes only
    " \\t\\n\\v\\f\\r" among ASCII (not the separators 0x1c-0x1f, which
    str.isspace() accepts) and str.isspace() beyond it."""
    if cp < 128:
        return cp == 32 or 9 <= cp <= 13
    return char_isspace(cp)


def _strip_ws(s: str) -> str:
    n = len(s)
    a = 0
    while a < n and _number_space(_prims.str_codeat(s, a)):
        a += 1
    b = n
    while b > a and _number_space(_prims.str_codeat(s, b - 1)):
        b -= 1
    return _prims.str_slice(s, a, b)


def _digit_value(cp: int) -> int:
    """Value of a digit or letter in bases up to 36, or 99."""
    if cp >= 48 and cp <= 57:
        return cp - 48
    if cp >= 97 and cp <= 122:
        return cp - 87
    if cp >= 65 and cp <= 90:
        return cp - 55
    if cp >= 128:
        d = char_decimal_value(cp)
        if d >= 0:
            return d
    return 99


def _int_error(s: str, base: int) -> ValueError:
    r = builtin_repr_str(s)
    if len(r) > 200:
        r = _prims.str_slice(r, 0, 200)
    return ValueError("invalid literal for int() with base " + str(base) + ": " + r)


def _parse_digits(s: str, start: int, base: int, neg: bool, orig: str, ebase: int) -> int:
    """Digits of s[start:] in `base` with single underscores between
    digits; accumulates negatively so that INT_MIN parses."""
    n = len(s)
    if start >= n:
        raise _int_error(orig, ebase)
    acc = 0
    prev_us = True  # an underscore may not come first
    i = start
    while i < n:
        c = _prims.str_codeat(s, i)
        if c == 95:
            if prev_us:
                raise _int_error(orig, ebase)
            prev_us = True
        else:
            d = _digit_value(c)
            if d >= base:
                raise _int_error(orig, ebase)
            acc = _overflow_check(acc * base - d)
            prev_us = False
        i += 1
    if prev_us:
        raise _int_error(orig, ebase)
    if neg:
        return acc
    return _overflow_check(-acc)


def builtin_int_str(s: str) -> int:
    """int(s): surrounding whitespace, one sign, decimal digits (any
    Unicode decimal digit) with single underscores between digits."""
    return builtin_int_str_base(s, 10)


def builtin_int_str_base(s: str, base: int) -> int:
    """int(s, base) for base 0 or 2..36 (base 0: prefix 0x/0o/0b, else
    decimal without leading zeros)."""
    if base != 0 and (base < 2 or base > 36):
        raise ValueError("int() base must be >= 2 and <= 36, or 0")
    t = _strip_ws(s)
    n = len(t)
    i = 0
    neg = False
    if i < n:
        c = _prims.str_codeat(t, i)
        if c == 45:
            neg = True
            i += 1
        elif c == 43:
            i += 1
    b = base
    # CPython turns Unicode decimal digits into ASCII ones first, so any
    # zero digit starts a prefix ("\u0660x1" is 0x1).
    if i + 1 < n and _digit_value(_prims.str_codeat(t, i)) == 0:
        p = _prims.str_codeat(t, i + 1)
        pb = 0
        if p == 120 or p == 88:
            pb = 16
        elif p == 111 or p == 79:
            pb = 8
        elif p == 98 or p == 66:
            pb = 2
        if pb != 0 and (base == 0 or base == pb):
            b = pb
            i += 2
            # an underscore may follow the prefix
            if i < n and _prims.str_codeat(t, i) == 95:
                i += 1
                if i >= n or _prims.str_codeat(t, i) == 95:
                    raise _int_error(s, base)
    if b == 0:
        b = 10
        # base 0: no leading zeros unless the value is zero
        if i < n and _digit_value(_prims.str_codeat(t, i)) == 0:
            v = _parse_digits(t, i, 10, neg, s, base)
            if v != 0:
                raise _int_error(s, base)
            return v
    return _parse_digits(t, i, b, neg, s, base)


def builtin_int_float(x: float) -> int:
    """int(x): truncation; OverflowError / ValueError for inf / nan."""
    return _prims.float_toint(x)


def builtin_int_bool(b: bool) -> int:
    if b:
        return 1
    return 0


def builtin_float_int(i: int) -> float:
    return _prims.int_tofloat(i)


def _lower_ascii(s: str) -> str:
    parts: list[str] = []
    for i in range(len(s)):
        c = _prims.str_codeat(s, i)
        if c >= 65 and c <= 90:
            c += 32
        parts.append(chr(c))
    return _prims.str_join("", parts)


def builtin_float_str(s: str) -> float:
    """float(s): whitespace, sign, inf/infinity/nan (any case), decimal
    literals with underscores between digits, any Unicode decimal digit."""
    t = _strip_ws(s)
    n = len(t)
    parts: list[str] = []
    ok = n > 0
    for i in range(n):
        c = _prims.str_codeat(t, i)
        if c == 95:
            # underscores only between two digits
            if i == 0 or i == n - 1:
                ok = False
                break
            a = _digit_value(_prims.str_codeat(t, i - 1))
            b = _digit_value(_prims.str_codeat(t, i + 1))
            if a > 9 or b > 9:
                ok = False
                break
            continue
        if c >= 128:
            d = char_decimal_value(c)
            if d < 0:
                ok = False
                break
            c = 48 + d
        parts.append(chr(c))
    if ok:
        u = _prims.str_join("", parts)
        low = _lower_ascii(u)
        body = low
        neg = False
        if len(body) > 0 and (_prims.str_codeat(body, 0) == 43 or _prims.str_codeat(body, 0) == 45):
            neg = _prims.str_codeat(body, 0) == 45
            body = _prims.str_slice(body, 1, len(body))
        if body == "inf" or body == "infinity":
            if neg:
                return _prims.fneg(_inf())
            return _inf()
        if body == "nan":
            if neg:
                return _prims.fneg(_nan())
            return _nan()
        try:
            return _prims.str_tofloat(u)
        except ValueError:
            pass
    raise ValueError("could not convert string to float: " + builtin_repr_str(s))


def _inf() -> float:
    return _prims.float_frombits(0x7FF0000000000000)


def _nan() -> float:
    return _prims.float_frombits(0x7FF8000000000000)


def float_isnan(x: float) -> bool:
    return x != x


def float_same(a: float, b: float) -> bool:
    """`a is b` on floats in the prelude (containers' identity shortcut):
    floats are values, identical when their bits are."""
    return _prims.float_bits(a) == _prims.float_bits(b)


def _int_float_cmp(i: int, f: float) -> int:
    """The sign of i - f, exactly (f not NaN): CPython compares an int with
    a float by value, without rounding the int to a float."""
    if f >= 9223372036854775808.0:
        return -1
    if f < -9223372036854775808.0:
        return 1
    fl = _prims.ffloor(f)
    n = _prims.float_toint(fl)
    if i < n:
        return -1
    if i > n:
        return 1
    if fl == f:
        return 0
    return -1


def int_float_eq(i: int, f: float) -> bool:
    """i == f exactly (i != f is its negation, True for NaN)."""
    if f != f:
        return False
    return _int_float_cmp(i, f) == 0


def int_float_lt(i: int, f: float) -> bool:
    """i < f exactly (False for NaN); int_float_le/_gt/_ge likewise."""
    if f != f:
        return False
    return _int_float_cmp(i, f) < 0


def int_float_le(i: int, f: float) -> bool:
    if f != f:
        return False
    return _int_float_cmp(i, f) <= 0


def int_float_gt(i: int, f: float) -> bool:
    if f != f:
        return False
    return _int_float_cmp(i, f) > 0


def int_float_ge(i: int, f: float) -> bool:
    if f != f:
        return False
    return _int_float_cmp(i, f) >= 0


def float_isinf(x: float) -> bool:
    return x == _inf() or x == _prims.fneg(_inf())


def float_is_integer(x: float) -> bool:
    """x.is_integer()."""
    if float_isnan(x) or float_isinf(x):
        return False
    return _prims.float_fmt_f(x, 0) == _strip_fraction(_prims.float_fmt_f(x, 1))


def _strip_fraction(s: str) -> str:
    # "12.0" -> "12" when the fraction is zero; else unchanged
    n = len(s)
    if n >= 2 and _prims.str_codeat(s, n - 1) == 48 and _prims.str_codeat(s, n - 2) == 46:
        return _prims.str_slice(s, 0, n - 2)
    return s


def _sign_bit(x: float) -> bool:
    return _prims.float_bits(x) < 0


def _e_parts(s: str) -> tuple[str, int]:
    """Split "d.ddde+XX" (from float_fmt_e) into ("dddd", XX)."""
    n = len(s)
    epos = _prims.str_find(s, "e", 0)
    digits = _prims.str_slice(s, 0, 1)
    if epos > 2:
        digits = digits + _prims.str_slice(s, 2, epos)
    e = 0
    j = epos + 2
    while j < n:
        e = e * 10 + (_prims.str_codeat(s, j) - 48)
        j += 1
    if _prims.str_codeat(s, epos + 1) == 45:
        e = -e
    return (digits, e)


def _decimal_adjust(digits: str, delta: int) -> str:
    """Add delta (+1 or -1) to a digit string as an integer, same length
    (callers never overflow or underflow the length)."""
    parts: list[int] = []
    n = len(digits)
    for i in range(n):
        parts.append(_prims.str_codeat(digits, i) - 48)
    i = n - 1
    while i >= 0:
        v = parts[i] + delta
        if v > 9:
            parts[i] = 0
            i -= 1
        elif v < 0:
            parts[i] = 9
            i -= 1
        else:
            parts[i] = v
            break
    out: list[str] = []
    for d in parts:
        out.append(chr(48 + d))
    return _prims.str_join("", out)


def float_digits(x: float) -> tuple[str, int]:
    """Shortest round-tripping decimal digits of a finite, nonzero |x|
    (as CPython's repr), and the decimal point position: |x| = 0.DIGITS *
    10**decpt. Among shortest candidates, the nearest wins."""
    ax = x
    if ax < 0.0:
        ax = _prims.fneg(ax)
    for p in range(1, 18):
        s = _prims.float_fmt_e(ax, p - 1)
        de = _e_parts(s)
        digits = de[0]
        e = de[1]
        if _prims.str_tofloat(s) == ax:
            return (_strip_zeros(digits), e + 1)
        if p < 17:
            # at a power of two the rounding interval is asymmetric: the
            # neighbour on the other side of x may round-trip
            for delta in [1, -1]:
                cand = _decimal_adjust(digits, delta)
                if _prims.str_codeat(cand, 0) == 48:
                    continue
                if cand == "":
                    continue
                if len(cand) == 1 and delta == 1 and digits == "9":
                    continue
                t = _prims.str_slice(cand, 0, 1) + "." + _prims.str_slice(cand, 1, len(cand)) + "e" + str(e)
                if len(cand) == 1:
                    t = cand + "e" + str(e)
                if _prims.str_tofloat(t) == ax:
                    return (_strip_zeros(cand), e + 1)
    s = _prims.float_fmt_e(ax, 16)
    de = _e_parts(s)
    return (_strip_zeros(de[0]), de[1] + 1)


def _strip_zeros(digits: str) -> str:
    n = len(digits)
    while n > 1 and _prims.str_codeat(digits, n - 1) == 48:
        n -= 1
    return _prims.str_slice(digits, 0, n)


def _zeros(n: int) -> str:
    parts: list[str] = []
    for i in range(n):
        parts.append("0")
    return _prims.str_join("", parts)


def exp_suffix(e: int) -> str:
    """'e+05', 'e-10', 'e+123' (at least two exponent digits)."""
    sign = "+"
    if e < 0:
        sign = "-"
        e = -e
    d = str(e)
    if e < 10:
        d = "0" + d
    return "e" + sign + d


def format_digits(digits: str, decpt: int, use_exp: bool, add_dot_0: bool) -> str:
    """Place a decimal point in shortest digits (no sign): fixed
    ('123.45', '0.001', '100.0' with add_dot_0) or exponent ('1.5e-05')."""
    n = len(digits)
    if use_exp:
        m = _prims.str_slice(digits, 0, 1)
        if n > 1:
            m = m + "." + _prims.str_slice(digits, 1, n)
        return m + exp_suffix(decpt - 1)
    if decpt <= 0:
        return "0." + _zeros(-decpt) + digits
    if decpt >= n:
        r = digits + _zeros(decpt - n)
        if add_dot_0:
            r = r + ".0"
        return r
    return _prims.str_slice(digits, 0, decpt) + "." + _prims.str_slice(digits, decpt, n)


def builtin_repr_float(x: float) -> str:
    """repr(x): shortest round trip; exponent form when the decimal
    exponent is < -4 or >= 16 ('1e+16', '1.5e-05'); '.0' for integral
    values; 'inf', '-inf', 'nan', '-0.0'."""
    if x != x:
        return "nan"
    sign = ""
    if _sign_bit(x):
        sign = "-"
    if float_isinf(x):
        return sign + "inf"
    if x == 0.0:
        return sign + "0.0"
    dd = float_digits(x)
    digits = dd[0]
    decpt = dd[1]
    use_exp = decpt <= -4 or decpt > 16
    return sign + format_digits(digits, decpt, use_exp, True)


def builtin_str_float(x: float) -> str:
    """str(x) (the same as repr(x) in Python 3)."""
    return builtin_repr_float(x)


def builtin_round_float(x: float, n: int) -> float:
    """round(x, n): round half to even on the exact binary value."""
    if x != x or float_isinf(x) or x == 0.0:
        return x
    ax = x
    neg = False
    if x < 0.0:
        ax = _prims.fneg(x)
        neg = True
    # A float's decimal exponent lies in -324..308: past +-400 digits the
    # result no longer depends on n, and e + n + 1 must not overflow.
    if n > 400:
        return x
    if n < -400:
        n = -400
    full = _e_parts(_prims.float_fmt_e(ax, 120))
    e = full[1]
    keep = e + n + 1
    r = 0.0
    if keep >= 17:
        return x
    if keep > 0:
        r = _prims.str_tofloat(_prims.float_fmt_e(ax, keep - 1))
    elif keep == 0:
        # rounding position just above the leading digit: 0 or 10**-n
        lead = full[0]
        c = _prims.str_codeat(lead, 0)
        up = c > 53
        if c == 53:
            rest = _prims.str_slice(lead, 1, len(lead))
            up = _strip_zeros("0" + rest) != "0"
        if up:
            if n > 0:
                r = _prims.str_tofloat("1e-" + str(n))
            else:
                r = _prims.str_tofloat("1e" + str(-n))
    if float_isinf(r):
        # e.g. round(1.7976931348623157e308, -308): the decimal rounding
        # goes past the largest float
        raise OverflowError("rounded value too large to represent")
    if neg:
        return _prims.fneg(r)
    return r


def builtin_round_float1(x: float) -> int:
    """round(x) -> int, half to even."""
    if x != x or float_isinf(x):
        return _prims.float_toint(x)
    return _prims.float_toint(_prims.str_tofloat(_prims.float_fmt_f(x, 0)))


def builtin_round_int(x: int, n: int) -> int:
    """round(i, n): i for n >= 0, else rounded half to even to 10**-n.
    Every intermediate value stays within 64 bits, so only a result that
    does not fit raises OverflowError."""
    if n >= 0:
        return x
    if n < -19:
        # |x| < 9.3e18 < 10**20 / 2: always rounds to 0
        return 0
    if n == -19:
        # 10**19 itself does not fit: the result is 0 or +-10**19
        if x > 5000000000000000000 or x < -5000000000000000000:
            raise OverflowError("integer overflow")
        return 0
    p = 1
    for i in range(-n):
        p = p * 10
    q = x // p
    r = x % p
    twice = r * 2
    if twice > p or (twice == p and q % 2 == 1):
        # x + (p - r) instead of (q + 1) * p: no intermediate overflow
        return _overflow_check(x + (p - r))
    return _overflow_check(x - r)


def builtin_pow_int(a: int, b: int) -> int:
    """a ** b for b >= 0 (checked); ValueError for a negative exponent
    (CPython would give a float: use float operands)."""
    if b < 0:
        raise ValueError("negative exponent in int ** int")
    result = 1
    base = a
    while b > 0:
        if b % 2 == 1:
            result = _overflow_check(result * base)
        b = b // 2
        if b > 0:
            base = _overflow_check(base * base)
    return result


def builtin_pow_float(a: float, b: float) -> float:
    """a ** b; the primitive's overflow re-raised as CPython's
    OverflowError(34, 'Numerical result out of range') (errno and text as
    two arguments, which repr(e) shows)."""
    try:
        return _prims.fpow(a, b)
    except OverflowError:
        pass
    raise OverflowError(34, "Numerical result out of range")


_DIGITS36: str = "0123456789abcdefghijklmnopqrstuvwxyz"


def int_to_base(x: int, base: int) -> str:
    """Digits of x in base 2..36 (lowercase), '-' for negatives, no
    prefix (works for INT_MIN)."""
    if x == 0:
        return "0"
    parts: list[str] = []
    n = x
    if n > 0:
        n = -n
    while n != 0:
        d = -(n % -base)
        parts.append(_prims.str_get(_DIGITS36, d))
        n = (n + d) // base
    out: list[str] = []
    if x < 0:
        out.append("-")
    i = len(parts) - 1
    while i >= 0:
        out.append(parts[i])
        i -= 1
    return _prims.str_join("", out)


def _prefixed(x: int, base: int, prefix: str) -> str:
    s = int_to_base(x, base)
    if x < 0:
        return "-" + prefix + _prims.str_slice(s, 1, len(s))
    return prefix + s


def builtin_hex(x: int) -> str:
    return _prefixed(x, 16, "0x")


def builtin_oct(x: int) -> str:
    return _prefixed(x, 8, "0o")


def builtin_bin(x: int) -> str:
    return _prefixed(x, 2, "0b")


def builtin_divmod_int(a: int, b: int) -> tuple[int, int]:
    """divmod(a, b) = (a // b, a % b)."""
    return (a // b, a % b)


def builtin_divmod_float(a: float, b: float) -> tuple[float, float]:
    if b == 0.0:
        raise ZeroDivisionError("float divmod()")
    return (_prims.ffloordiv(a, b), _prims.fmod(a, b))


def builtin_abs_int(x: int) -> int:
    if x < 0:
        return _overflow_check(-x)
    return x


def builtin_abs_float(x: float) -> float:
    if _sign_bit(x):
        return _prims.fneg(x)
    return x


def builtin_hash_int(x: int) -> int:
    """CPython's hash of an int: sign * (|x| mod (2**61 - 1)), -1 -> -2."""
    if x >= 0:
        return x % HASH_MODULUS
    r = (-(x + 1)) % HASH_MODULUS
    r = (r + 1) % HASH_MODULUS
    h = -r
    if h == -1:
        return -2
    return h


def builtin_hash_bool(b: bool) -> int:
    if b:
        return 1
    return 0


def builtin_hash_float(x: float) -> int:
    """CPython's hash of a float (integral values hash like the int;
    inf 314159, -inf -314159; nan 0 here, identity-based in CPython)."""
    if x != x:
        return 0
    if float_isinf(x):
        if x > 0.0:
            return 314159
        return -314159
    bits = _prims.float_bits(x)
    neg = bits < 0
    exp = (bits >> 52) & 0x7FF
    mant = bits & 0xFFFFFFFFFFFFF
    if exp == 0:
        exp = 1
    else:
        mant = mant | 0x10000000000000
    if mant == 0:
        return 0
    # |x| = mant * 2**e
    e = exp - 1075
    e = e % 61
    # rotate mant (< 2**53 < modulus) left by e within 61 bits
    h = ((mant & ((1 << (61 - e)) - 1)) << e) | (mant >> (61 - e))
    if h >= HASH_MODULUS:
        h = h - HASH_MODULUS
    if neg:
        h = -h
    if h == -1:
        return -2
    return h


_MASK16: int = 0xFFFF


def _u64_parts(a: int) -> list[int]:
    """Four 16-bit limbs (least significant first) of a 64-bit pattern."""
    return [a & _MASK16, (a >> 16) & _MASK16, (a >> 32) & _MASK16, (a >> 48) & _MASK16]


def _u64_join(limbs: list[int]) -> int:
    """The signed 64-bit int whose bit pattern has these 16-bit limbs."""
    top = limbs[3]
    if top >= 0x8000:
        top = top - 0x10000
    return (top << 48) | (limbs[2] << 32) | (limbs[1] << 16) | limbs[0]


def u64_add(a: int, b: int) -> int:
    """Wrapping 64-bit addition (bit patterns as signed ints)."""
    x = _u64_parts(a)
    y = _u64_parts(b)
    out: list[int] = []
    carry = 0
    for i in range(4):
        s = x[i] + y[i] + carry
        out.append(s & _MASK16)
        carry = s >> 16
    return _u64_join(out)


def u64_mul(a: int, b: int) -> int:
    """Wrapping 64-bit multiplication (bit patterns as signed ints)."""
    x = _u64_parts(a)
    y = _u64_parts(b)
    acc = [0, 0, 0, 0]
    for i in range(4):
        for j in range(4 - i):
            acc[i + j] = acc[i + j] + x[i] * y[j]
    out: list[int] = []
    carry = 0
    for k in range(4):
        s = acc[k] + carry
        out.append(s & _MASK16)
        carry = s >> 16
    return _u64_join(out)


def u64_rotl(a: int, r: int) -> int:
    """Rotate a 64-bit pattern left by 0 < r < 32."""
    x = _u64_parts(a)
    lo = x[0] | (x[1] << 16)
    hi = x[2] | (x[3] << 16)
    nhi = ((hi << r) | (lo >> (32 - r))) & 0xFFFFFFFF
    nlo = ((lo << r) | (hi >> (32 - r))) & 0xFFFFFFFF
    return _u64_join([nlo & _MASK16, nlo >> 16, nhi & _MASK16, nhi >> 16])


_XXPRIME_1: int = -7046029288634856825  # 11400714785074694791
_XXPRIME_2: int = -4417276706812531889  # 14029467366897019727
_XXPRIME_5: int = 2870177450012600261


def builtin_hash_tuple(hashes: list[int]) -> int:
    """CPython 3.11's tuple hash, given the element hashes."""
    acc = _XXPRIME_5
    for lane in hashes:
        acc = u64_add(acc, u64_mul(lane, _XXPRIME_2))
        acc = u64_rotl(acc, 31)
        acc = u64_mul(acc, _XXPRIME_1)
    acc = u64_add(acc, len(hashes) ^ (_XXPRIME_5 ^ 3527539))
    if acc == -1:
        return 1546275796
    return acc


def builtin_hash_tuplev(xs: list[T]) -> int:
    """hash() of a homogeneous tuple (given as the list of its items)."""
    hashes: list[int] = []
    for x in xs:
        hashes.append(hash(x))
    return builtin_hash_tuple(hashes)


def builtin_hash_str(s: str) -> int:
    """A deterministic string hash (CPython's is randomized): a primitive,
    so the runtimes compute it natively and cache it per string."""
    return _prims.str_hash(s)


def builtin_hash_bytes(b: bytes) -> int:
    """A deterministic bytes hash (CPython's is randomized)."""
    h = 5381
    n = _prims.bytes_len(b)
    for i in range(n):
        h = ((h & 0xFFFFFFFFFFFF) * 33 + _prims.bytes_get(b, i)) % HASH_MODULUS
    h = (h + n) % HASH_MODULUS
    return h
