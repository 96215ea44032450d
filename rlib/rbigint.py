"""Arbitrary-precision integers, written in the input language.

The Python VM represents ints that do not fit in 64 bits with `rbigint`.
Everything here is plain input language: every function is annotated and
every intermediate value fits in a signed 64-bit int (digit products are
below 2**61; the tests check every operation of this module for range by
running an instrumented copy of it).

Representation: `sign` is -1, 0 or 1 and `digits` is a list of base 2**30
digits, least significant first, normalized (no leading zero digits); zero
is `sign == 0` with an empty digit list. Instances are immutable: no method
changes an existing object's digit list (results may share it).

Semantics follow CPython's int: floor division and modulo, the usual
ZeroDivisionError/ValueError/OverflowError messages, two's-complement
bitwise operations, CPython's hash (modulo 2**61 - 1), correctly rounded
`tofloat` and `truediv`. Differences the VM must handle itself:

- `pow(x, negative)` without a modulus raises ValueError("negative
  exponent"): CPython returns a float there, which is the VM's business;
  with a modulus a negative exponent means the modular inverse, as in
  CPython (ValueError "base is not invertible for the given modulus").
- `str()`/`fromstr()` do not enforce CPython's limit on the number of
  decimal digits (`sys.set_int_max_str_digits`, 4300 by default): a VM
  wanting that ValueError checks the length itself.
- `fromstr(s, base)` implements all of `int(s, base)` for a str `s`:
  surrounding whitespace, an optional sign, the 0x/0o/0b prefixes (base 0
  and the matching base), single underscores between digits, Unicode
  decimal digits; errors raise CPython's ValueError messages.

Multiplication is schoolbook below KARATSUBA_CUTOFF digits and Karatsuba
above (with CPython's treatment of lopsided operands); division is Knuth's
algorithm D; decimal conversion goes through base 10**9 chunks.
"""

SHIFT: int = 30
BASE: int = 1073741824          # 2**30
MASK: int = 1073741823          # 2**30 - 1
KARATSUBA_CUTOFF: int = 40      # digits (CPython's C code uses 70)

DEC_BASE: int = 1000000000      # 10**9 < 2**30
DEC_DIGITS: int = 9

HASH_MODULUS: int = 2305843009213693951   # 2**61 - 1
MAX_INT: int = 9223372036854775807        # 2**63 - 1
MIN_INT: int = -9223372036854775807 - 1   # -2**63

TWO_POW_30: float = 1073741824.0
TWO_POW_M30: float = 9.313225746154785e-10   # 2**-30, exact
TWO_POW_53: float = 9007199254740992.0
TWO_POW_63: float = 9223372036854775808.0
TWO_POW_83: float = 9671406556917033397649408.0

DBL_MANT_DIG: int = 53
DBL_MAX_EXP: int = 1024
DBL_MIN_EXP: int = -1021

DIGIT_CHARS: str = "0123456789abcdefghijklmnopqrstuvwxyz"

# Code points of the digit zero of every run of Unicode decimal digits
# (category Nd, Unicode 14.0 as in CPython 3.11); each run holds 0..9.
ND_ZEROS: list[int] = [
    0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66,
    0xce6, 0xd66, 0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0,
    0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50,
    0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0,
    0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950,
    0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50, 0x1d7ce,
    0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950,
    0x1fbf0,
]


# ---------------------------------------------------------------------------
# Magnitudes: list[int] of base-2**30 digits, least significant first.
# Inputs are never modified unless the name says "inplace".


def _normalize(d: list[int]) -> list[int]:
    """Drop leading zero digits (in place) and return d."""
    while len(d) > 0 and d[len(d) - 1] == 0:
        d.pop()
    return d


def _bits_in_digit(d: int) -> int:
    """Bit length of 0 <= d < 2**62."""
    n = 0
    while d >= 256:
        d = d >> 8
        n += 8
    while d > 0:
        d = d >> 1
        n += 1
    return n


def _zeros(n: int) -> list[int]:
    z: list[int] = []
    for _ in range(n):
        z.append(0)
    return z


def _copy(a: list[int], start: int, stop: int) -> list[int]:
    """a[start:stop], normalized."""
    z: list[int] = []
    i = start
    while i < stop:
        z.append(a[i])
        i += 1
    return _normalize(z)


def _cmp_mag(a: list[int], b: list[int]) -> int:
    if len(a) != len(b):
        if len(a) < len(b):
            return -1
        return 1
    i = len(a) - 1
    while i >= 0:
        if a[i] != b[i]:
            if a[i] < b[i]:
                return -1
            return 1
        i -= 1
    return 0


def _add_mag(a: list[int], b: list[int]) -> list[int]:
    if len(a) < len(b):
        a, b = b, a
    z: list[int] = []
    carry = 0
    for i in range(len(b)):
        carry += a[i] + b[i]
        z.append(carry & MASK)
        carry = carry >> SHIFT
    for i in range(len(b), len(a)):
        carry += a[i]
        z.append(carry & MASK)
        carry = carry >> SHIFT
    if carry != 0:
        z.append(carry)
    return z


def _sub_mag(a: list[int], b: list[int]) -> list[int]:
    """a - b for magnitudes with a >= b."""
    z: list[int] = []
    borrow = 0
    for i in range(len(b)):
        x = a[i] - b[i] - borrow
        z.append(x & MASK)
        borrow = (x >> SHIFT) & 1
    for i in range(len(b), len(a)):
        x = a[i] - borrow
        z.append(x & MASK)
        borrow = (x >> SHIFT) & 1
    assert borrow == 0
    return _normalize(z)


def _iadd_at(z: list[int], offset: int, y: list[int]) -> None:
    """z[offset:] += y modulo BASE**len(z), in place."""
    carry = 0
    i = 0
    k = offset
    n = len(z)
    while i < len(y) and k < n:
        carry += z[k] + y[i]
        z[k] = carry & MASK
        carry = carry >> SHIFT
        i += 1
        k += 1
    while carry != 0 and k < n:
        carry += z[k]
        z[k] = carry & MASK
        carry = carry >> SHIFT
        k += 1


def _isub_at(z: list[int], offset: int, y: list[int]) -> None:
    """z[offset:] -= y modulo BASE**len(z), in place."""
    borrow = 0
    i = 0
    k = offset
    n = len(z)
    while i < len(y) and k < n:
        x = z[k] - y[i] - borrow
        z[k] = x & MASK
        borrow = (x >> SHIFT) & 1
        i += 1
        k += 1
    while borrow != 0 and k < n:
        x = z[k] - borrow
        z[k] = x & MASK
        borrow = (x >> SHIFT) & 1
        k += 1


def _mul_small_add_inplace(z: list[int], m: int, a: int) -> None:
    """z = z * m + a in place, for 0 <= m, a < BASE."""
    carry = a
    for i in range(len(z)):
        carry += z[i] * m
        z[i] = carry & MASK
        carry = carry >> SHIFT
    if carry != 0:
        z.append(carry)


def _divrem_small(a: list[int], n: int) -> tuple[list[int], int]:
    """(a // n, a % n) for 0 < n < BASE."""
    q = _zeros(len(a))
    rem = 0
    i = len(a) - 1
    while i >= 0:
        cur = (rem << SHIFT) | a[i]
        hi = cur // n
        q[i] = hi
        rem = cur - hi * n
        i -= 1
    return _normalize(q), rem


def _mul_school(a: list[int], b: list[int]) -> list[int]:
    if len(a) == 0 or len(b) == 0:
        return []
    z = _zeros(len(a) + len(b))
    lb = len(b)
    for i in range(len(a)):
        f = a[i]
        if f == 0:
            continue
        carry = 0
        k = i
        for j in range(lb):
            carry += z[k] + b[j] * f
            z[k] = carry & MASK
            carry = carry >> SHIFT
            k += 1
        while carry != 0:
            carry += z[k]
            z[k] = carry & MASK
            carry = carry >> SHIFT
            k += 1
    return _normalize(z)


def _mul_mag(a: list[int], b: list[int]) -> list[int]:
    """Product of two magnitudes (Karatsuba above the cutoff)."""
    if len(a) > len(b):
        a, b = b, a
    if len(a) == 0:
        return []
    if len(a) <= KARATSUBA_CUTOFF:
        return _mul_school(a, b)
    if 2 * len(a) <= len(b):
        return _mul_lopsided(a, b)
    # Karatsuba: a = ah*B**s + al, b = bh*B**s + bl.
    s = len(b) >> 1
    ah = _copy(a, s, len(a))
    al = _copy(a, 0, s)
    bh = _copy(b, s, len(b))
    bl = _copy(b, 0, s)
    t1 = _mul_mag(ah, bh)
    t2 = _mul_mag(al, bl)
    t3 = _mul_mag(_add_mag(ah, al), _add_mag(bh, bl))
    z = _zeros(len(a) + len(b))
    _iadd_at(z, 0, t2)
    _iadd_at(z, 2 * s, t1)
    # t3 - t1 - t2 = ah*bl + al*bh >= 0; the intermediate values are
    # taken modulo BASE**len(z), which is exact for the final result.
    _isub_at(z, s, t1)
    _isub_at(z, s, t2)
    _iadd_at(z, s, t3)
    return _normalize(z)


def _mul_lopsided(a: list[int], b: list[int]) -> list[int]:
    """a * b when 2 * len(a) <= len(b): multiply a by len(a)-digit slices
    of b so that every product is balanced."""
    na = len(a)
    z = _zeros(na + len(b))
    pos = 0
    while pos < len(b):
        stop = pos + na
        if stop > len(b):
            stop = len(b)
        part = _mul_mag(a, _copy(b, pos, stop))
        _iadd_at(z, pos, part)
        pos = stop
    return _normalize(z)


def _lshift_small(a: list[int], d: int) -> list[int]:
    """a << d for 0 <= d < SHIFT; the result has len(a) + 1 digits (the
    top one may be zero)."""
    z: list[int] = []
    carry = 0
    for i in range(len(a)):
        acc = (a[i] << d) | carry
        z.append(acc & MASK)
        carry = acc >> SHIFT
    z.append(carry)
    return z


def _rshift_small(a: list[int], n: int, d: int) -> list[int]:
    """a[0:n] >> d for 0 <= d < SHIFT."""
    z = _zeros(n)
    carry = 0
    mask = (1 << d) - 1
    i = n - 1
    while i >= 0:
        acc = (carry << SHIFT) | a[i]
        carry = acc & mask
        z[i] = acc >> d
        i -= 1
    return _normalize(z)


def _divrem_knuth(v1: list[int], w1: list[int]) -> tuple[list[int], list[int]]:
    """Knuth's algorithm D: (v1 // w1, v1 % w1) for magnitudes with
    len(w1) >= 2 and v1 >= w1."""
    size_w = len(w1)
    d = SHIFT - _bits_in_digit(w1[size_w - 1])
    w = _lshift_small(w1, d)
    assert w[size_w] == 0
    w.pop()
    v = _lshift_small(v1, d)
    size_v = len(v1)
    if v[size_v] != 0 or v[size_v - 1] >= w[size_w - 1]:
        size_v += 1
    else:
        v.pop()
    v.append(0)
    k = size_v - size_w
    q = _zeros(k)
    wm1 = w[size_w - 1]
    wm2 = w[size_w - 2]
    vk = k
    while vk > 0:
        vk -= 1
        # estimate the quotient digit from the top two digits of v
        vtop = v[vk + size_w]
        vv = (vtop << SHIFT) | v[vk + size_w - 1]
        qd = vv // wm1
        r = vv - qd * wm1
        while wm2 * qd > ((r << SHIFT) | v[vk + size_w - 2]):
            qd -= 1
            r += wm1
            if r >= BASE:
                break
        # v[vk:vk+size_w+1] -= qd * w
        zhi = 0
        for i in range(size_w):
            z = v[vk + i] + zhi - qd * w[i]
            v[vk + i] = z & MASK
            zhi = z >> SHIFT
        if vtop + zhi < 0:
            # the estimate was one too big: add w back
            carry = 0
            for i in range(size_w):
                carry += v[vk + i] + w[i]
                v[vk + i] = carry & MASK
                carry = carry >> SHIFT
            qd -= 1
        v[vk + size_w] = 0
        q[vk] = qd
    rem = _rshift_small(v, size_w, d)
    return _normalize(q), rem


def _divmod_mag(a: list[int], b: list[int]) -> tuple[list[int], list[int]]:
    """(a // b, a % b) for magnitudes, b nonzero."""
    if _cmp_mag(a, b) < 0:
        return [], _copy(a, 0, len(a))
    if len(b) == 1:
        q, r = _divrem_small(a, b[0])
        rl: list[int] = []
        if r != 0:
            rl.append(r)
        return q, rl
    return _divrem_knuth(a, b)


def _twos(x: "rbigint", size: int) -> list[int]:
    """The two's-complement digits of x, sign-extended to size digits."""
    z: list[int] = []
    d = x.digits
    if x.sign >= 0:
        for i in range(size):
            if i < len(d):
                z.append(d[i])
            else:
                z.append(0)
        return z
    carry = 1
    for i in range(size):
        di = 0
        if i < len(d):
            di = d[i]
        acc = (di ^ MASK) + carry
        z.append(acc & MASK)
        carry = acc >> SHIFT
    return z


def _from_twos(z: list[int]) -> "rbigint":
    """The int whose sign-extended two's-complement digits are z."""
    n = len(z)
    if n > 0 and z[n - 1] == MASK:
        carry = 1
        m: list[int] = []
        for i in range(n):
            acc = (z[i] ^ MASK) + carry
            m.append(acc & MASK)
            carry = acc >> SHIFT
        return rbigint(_normalize(m), -1)
    mag = _copy(z, 0, n)
    if len(mag) == 0:
        return rbigint(mag, 0)
    return rbigint(mag, 1)


def _char_value(c: str) -> int:
    """Value of a digit character (0..35), or 99 when it is not one."""
    o = ord(c)
    if 48 <= o <= 57:
        return o - 48
    if 97 <= o <= 122:
        return o - 87
    if 65 <= o <= 90:
        return o - 55
    if o >= 0x660:
        for z in ND_ZEROS:
            if z <= o < z + 10:
                return o - z
    return 99


def _ldexp(x: float, e: int) -> float:
    """x * 2**e; exact when the result is representable (callers check
    overflow first)."""
    while e >= 30:
        x = x * TWO_POW_30
        e -= 30
    while e <= -30:
        x = x * TWO_POW_M30
        e += 30
    if e > 0:
        x = x * float(1 << e)
    elif e < 0:
        x = x / float(1 << (-e))
    return x


def _mag_top_float(m: list[int]) -> float:
    """The exact value of a magnitude of at most 54 bits as a float."""
    x = 0.0
    i = len(m) - 1
    while i >= 0:
        x = x * TWO_POW_30 + float(m[i])
        i -= 1
    return x


def _invalid_literal(s: str, base: int) -> ValueError:
    r = repr(s)
    if len(r) > 200:
        r = r[:200]
    return ValueError("invalid literal for int() with base " + str(base) +
                      ": " + r)


class rbigint:
    """An immutable arbitrary-precision integer (see the module doc)."""

    def __init__(self, digits: list[int], sign: int) -> None:
        self.digits: list[int] = digits
        self.sign: int = sign

    # -- construction ------------------------------------------------------

    @staticmethod
    def zero() -> "rbigint":
        return rbigint([], 0)

    @staticmethod
    def fromint(x: int) -> "rbigint":
        if x == 0:
            return rbigint([], 0)
        sign = 1
        if x < 0:
            if x == MIN_INT:
                return rbigint([0, 0, 8], -1)
            sign = -1
            x = -x
        d: list[int] = []
        while x != 0:
            d.append(x & MASK)
            x = x >> SHIFT
        return rbigint(d, sign)

    @staticmethod
    def frombool(b: bool) -> "rbigint":
        if b:
            return rbigint([1], 1)
        return rbigint([], 0)

    @staticmethod
    def fromfloat(f: float) -> "rbigint":
        """int(f): truncation toward zero."""
        if f != f:
            raise ValueError("cannot convert float NaN to integer")
        if f - f != 0.0:
            raise OverflowError("cannot convert float infinity to integer")
        neg = f < 0.0
        if neg:
            f = -f
        if f < TWO_POW_63:
            x = int(f)
            if neg:
                x = -x
            return rbigint.fromint(x)
        # f >= 2**63 is an integer; scale it (exactly) into [2**52, 2**53)
        e = 0
        while f >= TWO_POW_83:
            f = f * TWO_POW_M30
            e += 30
        while f >= TWO_POW_53:
            f = f * 0.5
            e += 1
        r = rbigint.fromint(int(f)).lshift(e)
        if neg:
            return r.neg()
        return r

    @staticmethod
    def fromstr(s: str, base: int) -> "rbigint":
        """int(s, base) for a str s (base 0 or 2..36), CPython's rules."""
        if base != 0 and (base < 2 or base > 36):
            raise ValueError("int() base must be >= 2 and <= 36, or 0")
        t = s.strip()
        n = len(t)
        i = 0
        neg = False
        if i < n and (t[i] == "+" or t[i] == "-"):
            neg = t[i] == "-"
            i += 1
        b = base
        error_if_nonzero = False
        if b == 0:
            if i < n and _char_value(t[i]) == 0:
                nxt = ""
                if i + 1 < n:
                    nxt = t[i + 1]
                if nxt == "x" or nxt == "X":
                    b = 16
                elif nxt == "o" or nxt == "O":
                    b = 8
                elif nxt == "b" or nxt == "B":
                    b = 2
                else:
                    # old-style octal: only zeros are allowed
                    error_if_nonzero = True
                    b = 10
            else:
                b = 10
        if i + 1 < n and _char_value(t[i]) == 0:
            p = t[i + 1]
            if ((b == 16 and (p == "x" or p == "X")) or
                    (b == 8 and (p == "o" or p == "O")) or
                    (b == 2 and (p == "b" or p == "B"))):
                i += 2
                if i < n and t[i] == "_":
                    i += 1
        if i < n and t[i] == "_":
            raise _invalid_literal(s, base)
        vals: list[int] = []
        prev_underscore = False
        while i < n:
            c = t[i]
            if c == "_":
                if prev_underscore:
                    raise _invalid_literal(s, base)
                prev_underscore = True
            else:
                v = _char_value(c)
                if v >= b:
                    raise _invalid_literal(s, base)
                vals.append(v)
                prev_underscore = False
            i += 1
        if prev_underscore or len(vals) == 0:
            raise _invalid_literal(s, base)
        mag = _digits_to_mag(vals, b)
        if len(mag) == 0:
            return rbigint(mag, 0)
        if error_if_nonzero:
            raise _invalid_literal(s, base)
        if neg:
            return rbigint(mag, -1)
        return rbigint(mag, 1)

    @staticmethod
    def frombytes(data: bytes, little_endian: bool, signed: bool) -> "rbigint":
        """int.from_bytes(data, 'little'/'big', signed=signed)."""
        mag: list[int] = []
        acc = 0
        accbits = 0
        n = len(data)
        for k in range(n):
            idx = k
            if not little_endian:
                idx = n - 1 - k
            acc = acc | (data[idx] << accbits)
            accbits += 8
            if accbits >= SHIFT:
                mag.append(acc & MASK)
                acc = acc >> SHIFT
                accbits -= SHIFT
        if accbits > 0:
            mag.append(acc)
        _normalize(mag)
        r = rbigint(mag, 1)
        if len(mag) == 0:
            r = rbigint(mag, 0)
        if signed and n > 0:
            top = data[n - 1]
            if not little_endian:
                top = data[0]
            if top >= 128:
                r = r.sub(rbigint.fromint(1).lshift(8 * n))
        return r

    # -- conversion ----------------------------------------------------------

    def fits_int(self) -> bool:
        d = self.digits
        if len(d) < 3:
            return True
        if len(d) > 3:
            return False
        top = d[2]
        if top < 8:
            return True
        return top == 8 and self.sign < 0 and d[1] == 0 and d[0] == 0

    def toint(self) -> int:
        if not self.fits_int():
            raise OverflowError("Python int too large to convert to C long")
        # accumulate in the negative range, which holds -2**63
        x = 0
        d = self.digits
        i = len(d) - 1
        while i >= 0:
            x = x * BASE - d[i]
            i -= 1
        if self.sign > 0:
            return -x
        return x

    def tofloat(self) -> float:
        """float(self), correctly rounded (half to even)."""
        if self.sign == 0:
            return 0.0
        nbits = self.bit_length()
        if nbits <= DBL_MANT_DIG:
            x = _mag_top_float(self.digits)
        else:
            if nbits > DBL_MAX_EXP:
                raise OverflowError("int too large to convert to float")
            # the top 55 bits, with a sticky bit for the rest
            shift = nbits - DBL_MANT_DIG - 2
            q = 0
            if shift < 0:
                q = rbigint(self.digits, 1).toint() << (-shift)
            else:
                q = rbigint(self.digits, 1).rshift(shift).toint()
                if self._low_bits_nonzero(shift):
                    q = q | 1
            r = q & 3
            q = q >> 2
            if r > 2 or (r == 2 and (q & 1) == 1):
                q += 1
            if nbits == DBL_MAX_EXP and q == (1 << DBL_MANT_DIG):
                raise OverflowError("int too large to convert to float")
            x = _ldexp(float(q), shift + 2)
        if self.sign < 0:
            return -x
        return x

    def _low_bits_nonzero(self, nbits: int) -> bool:
        """Whether any of the lowest nbits bits of the magnitude is set."""
        d = self.digits
        words = nbits // SHIFT
        for i in range(words):
            if i < len(d) and d[i] != 0:
                return True
        rem = nbits - words * SHIFT
        if rem > 0 and words < len(d):
            return (d[words] & ((1 << rem) - 1)) != 0
        return False

    def tobytes(self, nbytes: int, little_endian: bool, signed: bool) -> bytes:
        """self.to_bytes(nbytes, 'little'/'big', signed=signed)."""
        if self.sign < 0 and not signed:
            raise OverflowError("can't convert negative int to unsigned")
        z = _twos(self, len(self.digits) + 1)
        out: list[int] = []
        acc = 0
        accbits = 0
        i = 0
        while len(out) < nbytes:
            if accbits < 8:
                di = MASK
                if self.sign >= 0:
                    di = 0
                if i < len(z):
                    di = z[i]
                acc = acc | (di << accbits)
                accbits += SHIFT
                i += 1
            out.append(acc & 255)
            acc = acc >> 8
            accbits -= 8
        # check that nothing was lost
        ok = True
        nb = self.bit_length()
        if self.sign < 0:
            # -2**(8n-1) fits: bit length of (|x| - 1) must be < 8n
            nb = self.add(rbigint([1], 1)).bit_length()
        if signed:
            ok = nb < 8 * nbytes or (nb == 0 and nbytes == 0)
        else:
            ok = nb <= 8 * nbytes
        if not ok:
            raise OverflowError("int too big to convert")
        if not little_endian:
            out.reverse()
        return bytes(out)

    # -- arithmetic ----------------------------------------------------------

    def neg(self) -> "rbigint":
        return rbigint(self.digits, -self.sign)

    def abs(self) -> "rbigint":
        if self.sign < 0:
            return rbigint(self.digits, 1)
        return self

    def add(self, other: "rbigint") -> "rbigint":
        if self.sign == 0:
            return other
        if other.sign == 0:
            return self
        if self.sign == other.sign:
            return rbigint(_add_mag(self.digits, other.digits), self.sign)
        c = _cmp_mag(self.digits, other.digits)
        if c == 0:
            return rbigint([], 0)
        if c > 0:
            return rbigint(_sub_mag(self.digits, other.digits), self.sign)
        return rbigint(_sub_mag(other.digits, self.digits), other.sign)

    def sub(self, other: "rbigint") -> "rbigint":
        return self.add(other.neg())

    def mul(self, other: "rbigint") -> "rbigint":
        if self.sign == 0 or other.sign == 0:
            return rbigint([], 0)
        return rbigint(_mul_mag(self.digits, other.digits),
                       self.sign * other.sign)

    def _divmod(self, other: "rbigint") -> tuple["rbigint", "rbigint"]:
        """Floor division and modulo; other is nonzero."""
        qm, rm = _divmod_mag(self.digits, other.digits)
        q = rbigint(qm, 0)
        if len(qm) > 0:
            q = rbigint(qm, self.sign * other.sign)
        r = rbigint(rm, 0)
        if len(rm) > 0:
            r = rbigint(rm, self.sign)
        if r.sign != 0 and self.sign != other.sign:
            q = q.sub(rbigint([1], 1))
            r = r.add(other)
        return q, r

    def floordiv(self, other: "rbigint") -> "rbigint":
        if other.sign == 0:
            raise ZeroDivisionError("integer division or modulo by zero")
        q, r = self._divmod(other)
        return q

    def mod(self, other: "rbigint") -> "rbigint":
        if other.sign == 0:
            raise ZeroDivisionError("integer modulo by zero")
        q, r = self._divmod(other)
        return r

    def divmod(self, other: "rbigint") -> tuple["rbigint", "rbigint"]:
        if other.sign == 0:
            raise ZeroDivisionError("integer division or modulo by zero")
        return self._divmod(other)

    def truediv(self, other: "rbigint") -> float:
        """self / other as a correctly rounded float (CPython's algorithm)."""
        if other.sign == 0:
            raise ZeroDivisionError("division by zero")
        negate = (self.sign < 0) != (other.sign < 0)
        if self.sign == 0:
            if negate:
                return -0.0
            return 0.0
        a_bits = self.bit_length()
        b_bits = other.bit_length()
        if a_bits <= DBL_MANT_DIG and b_bits <= DBL_MANT_DIG:
            fq = _mag_top_float(self.digits) / _mag_top_float(other.digits)
            if negate:
                return -fq
            return fq
        diff = a_bits - b_bits
        if diff > DBL_MAX_EXP:
            raise OverflowError("integer division result too large for a float")
        if diff < DBL_MIN_EXP - DBL_MANT_DIG - 1:
            if negate:
                return -0.0
            return 0.0
        shift = diff
        if shift < DBL_MIN_EXP:
            shift = DBL_MIN_EXP
        shift = shift - DBL_MANT_DIG - 2
        a = rbigint(self.digits, 1)
        b = rbigint(other.digits, 1)
        inexact = False
        if shift <= 0:
            a = a.lshift(-shift)
        else:
            inexact = self._low_bits_nonzero(shift)
            a = a.rshift(shift)
        qm, rm = _divmod_mag(a.digits, b.digits)
        if len(rm) > 0:
            inexact = True
        x = rbigint(qm, 1)
        x_bits = x.bit_length()
        extra_bits = x_bits
        if DBL_MIN_EXP - shift > extra_bits:
            extra_bits = DBL_MIN_EXP - shift
        extra_bits = extra_bits - DBL_MANT_DIG
        # round x to its top bits, half to even, with inexact as sticky
        mask = 1 << (extra_bits - 1)
        low = qm[0]
        if inexact:
            low = low | 1
        if (low & mask) != 0 and (low & (3 * mask - 1)) != 0:
            low += mask
        m = _copy(qm, 0, len(qm))
        m[0] = 0
        m = _add_mag(m, [low & ~(2 * mask - 1)])
        dx = _mag_top_float(m)
        if shift + x_bits >= DBL_MAX_EXP:
            if shift + x_bits > DBL_MAX_EXP or dx == _ldexp(1.0, x_bits):
                raise OverflowError(
                    "integer division result too large for a float")
        result = _ldexp(dx, shift)
        if negate:
            return -result
        return result

    def pow(self, other: "rbigint", modulus: "rbigint | None") -> "rbigint":
        """self ** other, or pow(self, other, modulus)."""
        if modulus is None:
            if other.sign < 0:
                raise ValueError("negative exponent")
            return self._pow_plain(other)
        if modulus.sign == 0:
            raise ValueError("pow() 3rd argument cannot be 0")
        m = modulus.abs()
        base = self
        exp = other
        if exp.sign < 0:
            base = base._invmod(m)
            exp = exp.neg()
        base = base.mod(m)
        result = rbigint([1], 1)
        if len(m.digits) == 1 and m.digits[0] == 1:
            result = rbigint([], 0)
        else:
            d = exp.digits
            i = len(d) - 1
            while i >= 0:
                bit = SHIFT - 1
                while bit >= 0:
                    result = result.mul(result).mod(m)
                    if (d[i] >> bit) & 1 == 1:
                        result = result.mul(base).mod(m)
                    bit -= 1
                i -= 1
        if modulus.sign < 0 and result.sign != 0:
            result = result.sub(m)
        return result

    def _pow_plain(self, exp: "rbigint") -> "rbigint":
        if exp.sign == 0:
            return rbigint([1], 1)
        if self.sign == 0:
            return self
        if len(self.digits) == 1 and self.digits[0] == 1:
            if self.sign > 0 or (exp.digits[0] & 1) == 0:
                return rbigint([1], 1)
            return self
        if len(exp.digits) > 2:
            raise MemoryError()
        result = rbigint([1], 1)
        d = exp.digits
        i = len(d) - 1
        while i >= 0:
            bit = SHIFT - 1
            while bit >= 0:
                result = result.mul(result)
                if (d[i] >> bit) & 1 == 1:
                    result = result.mul(self)
                bit -= 1
            i -= 1
        return result

    def _invmod(self, m: "rbigint") -> "rbigint":
        """The inverse of self modulo m > 0 (extended Euclid)."""
        old_r = self.mod(m)
        r = m
        old_s = rbigint([1], 1)
        s = rbigint([], 0)
        while r.sign != 0:
            q, rem = old_r._divmod(r)
            old_r, r = r, rem
            old_s, s = s, old_s.sub(q.mul(s))
        if not (len(old_r.digits) == 1 and old_r.digits[0] == 1):
            raise ValueError("base is not invertible for the given modulus")
        return old_s.mod(m)

    # -- bits ----------------------------------------------------------------

    def bit_length(self) -> int:
        n = len(self.digits)
        if n == 0:
            return 0
        return (n - 1) * SHIFT + _bits_in_digit(self.digits[n - 1])

    def lshift(self, n: int) -> "rbigint":
        if n < 0:
            raise ValueError("negative shift count")
        if self.sign == 0 or n == 0:
            return self
        wordshift = n // SHIFT
        z = _zeros(wordshift)
        shifted = _lshift_small(self.digits, n - wordshift * SHIFT)
        for x in shifted:
            z.append(x)
        return rbigint(_normalize(z), self.sign)

    def rshift(self, n: int) -> "rbigint":
        if n < 0:
            raise ValueError("negative shift count")
        if self.sign == 0 or n == 0:
            return self
        if self.sign < 0:
            # floor: x >> n == ~(~x >> n) == -((|x| - 1) >> n) - 1
            t = rbigint(_sub_mag(self.digits, [1]), 1)
            return t.rshift(n).add(rbigint([1], 1)).neg()
        wordshift = n // SHIFT
        if wordshift >= len(self.digits):
            return rbigint([], 0)
        rest = _copy(self.digits, wordshift, len(self.digits))
        z = _rshift_small(rest, len(rest), n - wordshift * SHIFT)
        if len(z) == 0:
            return rbigint(z, 0)
        return rbigint(z, 1)

    def invert(self) -> "rbigint":
        return self.add(rbigint([1], 1)).neg()

    def _bitwise(self, op: int, other: "rbigint") -> "rbigint":
        """op: 0 and, 1 or, 2 xor."""
        size = len(self.digits)
        if len(other.digits) > size:
            size = len(other.digits)
        size += 1
        a = _twos(self, size)
        b = _twos(other, size)
        z: list[int] = []
        for i in range(size):
            if op == 0:
                z.append(a[i] & b[i])
            elif op == 1:
                z.append(a[i] | b[i])
            else:
                z.append(a[i] ^ b[i])
        return _from_twos(z)

    def and_(self, other: "rbigint") -> "rbigint":
        return self._bitwise(0, other)

    def or_(self, other: "rbigint") -> "rbigint":
        return self._bitwise(1, other)

    def xor(self, other: "rbigint") -> "rbigint":
        return self._bitwise(2, other)

    # -- comparison ----------------------------------------------------------

    def compare(self, other: "rbigint") -> int:
        """-1, 0 or 1 as self <, ==, > other."""
        if self.sign != other.sign:
            if self.sign < other.sign:
                return -1
            return 1
        c = _cmp_mag(self.digits, other.digits)
        if self.sign < 0:
            return -c
        return c

    def eq(self, other: "rbigint") -> bool:
        return self.compare(other) == 0

    def ne(self, other: "rbigint") -> bool:
        return self.compare(other) != 0

    def lt(self, other: "rbigint") -> bool:
        return self.compare(other) < 0

    def le(self, other: "rbigint") -> bool:
        return self.compare(other) <= 0

    def gt(self, other: "rbigint") -> bool:
        return self.compare(other) > 0

    def ge(self, other: "rbigint") -> bool:
        return self.compare(other) >= 0

    def is_zero(self) -> bool:
        return self.sign == 0

    def hash(self) -> int:
        """CPython's hash(int): the value modulo 2**61 - 1, keeping the
        sign, with -1 mapped to -2."""
        x = 0
        d = self.digits
        i = len(d) - 1
        while i >= 0:
            # rotate left by SHIFT bits within 61 bits, then add the digit
            x = ((x & 2147483647) << SHIFT) | (x >> 31)
            x += d[i]
            if x >= HASH_MODULUS:
                x -= HASH_MODULUS
            i -= 1
        x = x * self.sign
        if x == -1:
            x = -2
        return x

    # -- text ----------------------------------------------------------------

    def format(self, base: int) -> "str":
        """Python's hex/oct/bin (base 16/8/2, with the 0x/0o/0b prefix
        after any '-') and str (base 10)."""
        if base == 10:
            return self.str()
        bits = 0
        prefix = ""
        if base == 16:
            bits = 4
            prefix = "0x"
        elif base == 8:
            bits = 3
            prefix = "0o"
        elif base == 2:
            bits = 1
            prefix = "0b"
        else:
            raise ValueError("format base must be 2, 8, 10 or 16")
        chars: list[str] = []
        acc = 0
        accbits = 0
        lowmask = base - 1
        d = self.digits
        for i in range(len(d)):
            acc = acc | (d[i] << accbits)
            accbits += SHIFT
            while accbits >= bits:
                chars.append(DIGIT_CHARS[acc & lowmask])
                acc = acc >> bits
                accbits -= bits
        while acc != 0:
            chars.append(DIGIT_CHARS[acc & lowmask])
            acc = acc >> bits
        while len(chars) > 1 and chars[len(chars) - 1] == "0":
            chars.pop()
        if len(chars) == 0:
            chars.append("0")
        chars.append(prefix)
        if self.sign < 0:
            chars.append("-")
        chars.reverse()
        return "".join(chars)

    def repr(self) -> "str":
        return self.str()

    def str(self) -> "str":
        """Decimal representation (via base 10**9 chunks)."""
        if self.sign == 0:
            return "0"
        d = self.digits
        pout: list[int] = []
        i = len(d) - 1
        while i >= 0:
            hi = d[i]
            for j in range(len(pout)):
                z = (pout[j] << SHIFT) | hi
                hi = z // DEC_BASE
                pout[j] = z - hi * DEC_BASE
            while hi != 0:
                q = hi // DEC_BASE
                pout.append(hi - q * DEC_BASE)
                hi = q
            i -= 1
        parts: list[str] = []
        if self.sign < 0:
            parts.append("-")
        k = len(pout) - 1
        parts.append(str(pout[k]))
        k -= 1
        while k >= 0:
            s = str(pout[k])
            parts.append("0" * (DEC_DIGITS - len(s)))
            parts.append(s)
            k -= 1
        return "".join(parts)


def _digits_to_mag(vals: list[int], b: int) -> list[int]:
    """The magnitude whose base-b digits (most significant first) are
    vals, 2 <= b <= 36."""
    # chunk: the largest k with b**k < BASE
    k = 1
    bk = b
    while bk * b < BASE:
        bk = bk * b
        k += 1
    mag: list[int] = []
    n = len(vals)
    pos = 0
    first = n % k
    if first == 0:
        first = k
    stop = first
    while pos < n:
        acc = 0
        mult = 1
        while pos < stop:
            acc = acc * b + vals[pos]
            mult = mult * b
            pos += 1
        _mul_small_add_inplace(mag, mult, acc)
        stop = pos + k
    return _normalize(mag)
