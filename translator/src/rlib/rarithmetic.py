"""The translated meaning of `rlib.rarithmetic` (replaces rlib/rarithmetic.py
in translated programs). An int is a 64-bit signed value; an "r_uint" is the
int with the same bit pattern. Every helper computes the wrapped result
without overflowing a checked operation."""

LONG_BIT: int = 64

_M32: int = 0xFFFFFFFF
_MIN: int = -9223372036854775807 - 1


def _combine(hi: int, lo: int) -> int:
    """The int whose upper 32 bits are hi and lower 32 bits lo (both in
    0..2**32)."""
    if hi >= 0x80000000:
        return ((hi - 0x100000000) << 32) | lo
    return (hi << 32) | lo


def _wadd(a: int, b: int) -> int:
    lo = (a & _M32) + (b & _M32)
    hi = ((a >> 32) & _M32) + ((b >> 32) & _M32) + (lo >> 32)
    return _combine(hi & _M32, lo & _M32)


def _mul32(x: int, y: int) -> int:
    """x * y for 0 <= x, y < 2**32, wrapped to 64 bits."""
    t = (x >> 16) * y
    u = (x & 0xFFFF) * y
    return _wadd(_combine((t >> 16) & _M32, (t & 0xFFFF) << 16), u)


def _mul32_lo(x: int, y: int) -> int:
    """(x * y) mod 2**32 for 0 <= x, y < 2**32."""
    return ((((x >> 16) * y) & 0xFFFF) * 0x10000 + (x & 0xFFFF) * y) & _M32


def _wmul(a: int, b: int) -> int:
    alo = a & _M32
    ahi = (a >> 32) & _M32
    blo = b & _M32
    bhi = (b >> 32) & _M32
    cross = (_mul32_lo(alo, bhi) + _mul32_lo(ahi, blo)) & _M32
    return _wadd(_mul32(alo, blo), _combine(cross, 0))


def _wshl(a: int, n: int) -> int:
    r = a
    i = 0
    while i < n:
        r = _wadd(r, r)
        i += 1
    return r


def _lshr(a: int, n: int) -> int:
    if n == 0 or a >= 0:
        return a >> n
    return (a >> n) & (((1 << (63 - n)) - 1) * 2 + 1)


def intmask(x: int) -> int:
    return x


def ovfcheck(x: int) -> int:
    return x


def r_uint(x: int) -> int:
    return x


def r_uint_add(a: int, b: int) -> int:
    return _wadd(a, b)


def r_uint_sub(a: int, b: int) -> int:
    return _wadd(a, _wadd(~b, 1))


def r_uint_mul(a: int, b: int) -> int:
    return _wmul(a, b)


def r_uint_lt(a: int, b: int) -> bool:
    return (a ^ _MIN) < (b ^ _MIN)


def _udivmod(a: int, b: int) -> tuple[int, int]:
    if b == 0:
        raise ZeroDivisionError("integer division or modulo by zero")
    if a >= 0 and b > 0:
        return (a // b, a % b)
    q = 0
    r = 0
    i = 63
    while i >= 0:
        r = _wadd(r, r) | (_lshr(a, i) & 1)
        q = _wadd(q, q)
        if not r_uint_lt(r, b):
            r = _wadd(r, _wadd(~b, 1))
            q = q | 1
        i -= 1
    return (q, r)


def r_uint_floordiv(a: int, b: int) -> int:
    return _udivmod(a, b)[0]


def r_uint_mod(a: int, b: int) -> int:
    if b == 0:
        raise ZeroDivisionError("integer modulo by zero")
    return _udivmod(a, b)[1]


def r_uint_lshift(a: int, n: int) -> int:
    return _wshl(a, n)


def r_uint_rshift(a: int, n: int) -> int:
    return _lshr(a, n)


def intmask_add(a: int, b: int) -> int:
    return _wadd(a, b)


def intmask_sub(a: int, b: int) -> int:
    return _wadd(a, _wadd(~b, 1))


def intmask_mul(a: int, b: int) -> int:
    return _wmul(a, b)


def intmask_lshift(a: int, n: int) -> int:
    return _wshl(a, n)
