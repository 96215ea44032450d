"""Machine-integer arithmetic.

Translated programs use 64-bit signed ints: `+ - * <<` raise
OverflowError on overflow. These helpers give the wrapping and checked
forms an interpreter needs; on CPython they compute the same values with
unbounded ints.
"""

LONG_BIT: int = 64
"""Bits in a machine int (translated ints are 64-bit on every target)."""

_MASK: int = (1 << 64) - 1
_SIGN: int = 1 << 63


def intmask(x: int) -> int:
    """Wrap x to a signed 64-bit int (two's complement).

    Translated: the identity on an int already in range; use it around
    arithmetic written with r_uint helpers or wide intermediates to get
    C-like wrapping. On CPython it reduces the unbounded result."""
    x &= _MASK
    if x & _SIGN:
        return x - (1 << 64)
    return x


def ovfcheck(x: int) -> int:
    """Return x, raising OverflowError("integer overflow") when it does
    not fit in 64 bits.

    Translated: `ovfcheck(a + b)` is the checked operation itself (the
    translated `+` raises OverflowError on overflow), so the two agree;
    on CPython the check is explicit."""
    if x < -_SIGN or x >= _SIGN:
        raise OverflowError("integer overflow")
    return x


def r_uint(x: int) -> int:
    """x reduced modulo 2**64, as an unsigned value in [0, 2**64).

    Translated there is no unsigned type: an r_uint is stored as the int
    with the same 64-bit pattern; use the r_uint_* helpers for unsigned
    arithmetic and `intmask` to get the signed view back."""
    return x & _MASK


def r_uint_add(a: int, b: int) -> int:
    """(a + b) mod 2**64."""
    return (a + b) & _MASK


def r_uint_sub(a: int, b: int) -> int:
    """(a - b) mod 2**64."""
    return (a - b) & _MASK


def r_uint_mul(a: int, b: int) -> int:
    """(a * b) mod 2**64."""
    return (a * b) & _MASK


def r_uint_floordiv(a: int, b: int) -> int:
    """Unsigned division of the 64-bit patterns (ZeroDivisionError for 0)."""
    if b & _MASK == 0:
        raise ZeroDivisionError("integer division or modulo by zero")
    return (a & _MASK) // (b & _MASK)


def r_uint_mod(a: int, b: int) -> int:
    """Unsigned remainder of the 64-bit patterns."""
    if b & _MASK == 0:
        raise ZeroDivisionError("integer modulo by zero")
    return (a & _MASK) % (b & _MASK)


def r_uint_lshift(a: int, n: int) -> int:
    """(a << n) mod 2**64 for 0 <= n < 64 (bits shifted out are lost)."""
    return (a << n) & _MASK


def r_uint_rshift(a: int, n: int) -> int:
    """Logical right shift of the 64-bit pattern, 0 <= n < 64."""
    return (a & _MASK) >> n


def r_uint_lt(a: int, b: int) -> bool:
    """Unsigned comparison of the 64-bit patterns."""
    return (a & _MASK) < (b & _MASK)


def intmask_add(a: int, b: int) -> int:
    """Wrapping signed addition."""
    return intmask(a + b)


def intmask_sub(a: int, b: int) -> int:
    """Wrapping signed subtraction."""
    return intmask(a - b)


def intmask_mul(a: int, b: int) -> int:
    """Wrapping signed multiplication."""
    return intmask(a * b)


def intmask_lshift(a: int, n: int) -> int:
    """Wrapping left shift, 0 <= n < 64."""
    return intmask(a << n)
