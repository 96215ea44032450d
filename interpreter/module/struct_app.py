"""App-level source of the `struct` module (run by the VM on first
import). Floats are converted to and from their IEEE bits with exact
arithmetic (scaling by powers of two), so no host float<->bits primitive
is needed."""

STRUCT_SOURCE = r'''
"""Functions to convert between Python values and C structs."""

from math import copysign as _copysign

__all__ = ["calcsize", "pack", "pack_into", "unpack", "unpack_from",
           "iter_unpack", "Struct", "error"]


class error(Exception):
    pass


_NATIVE_SIZE = {"x": 1, "c": 1, "b": 1, "B": 1, "?": 1, "h": 2, "H": 2, "i": 4, "I": 4,
                "l": 8, "L": 8, "q": 8, "Q": 8, "n": 8, "N": 8, "e": 2, "f": 4, "d": 8,
                "s": 1, "p": 1, "P": 8}
_STD_SIZE = {"x": 1, "c": 1, "b": 1, "B": 1, "?": 1, "h": 2, "H": 2, "i": 4, "I": 4,
             "l": 4, "L": 4, "q": 8, "Q": 8, "e": 2, "f": 4, "d": 8, "s": 1, "p": 1}
_WHITESPACE = " \t\n\r\x0b\x0c"
_DIGITS = "0123456789"

# byte orders: 0 native (native sizes and alignment), 1 little, 2 big
_NATIVE = 0
_LITTLE = 1
_BIG = 2


def _fmt_str(fmt):
    if isinstance(fmt, str):
        return fmt
    if isinstance(fmt, bytes):
        return "".join([chr(b) for b in fmt])
    raise TypeError("Struct() argument 1 must be a str or bytes object, not " + type(fmt).__name__)


def _compile(fmt):
    """(order, [(code, count, offset), ...], size, nitems)."""
    order = _NATIVE
    i = 0
    if fmt and fmt[0] in "@=<>!":
        c = fmt[0]
        if c == "<" or c == "=":
            order = _LITTLE
        elif c == ">" or c == "!":
            order = _BIG
        i = 1
    sizes = _NATIVE_SIZE if order == _NATIVE else _STD_SIZE
    ops = []
    size = 0
    nitems = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c in _WHITESPACE:
            i += 1
            continue
        count = 1
        if c in _DIGITS:
            count = 0
            while i < n and fmt[i] in _DIGITS:
                count = count * 10 + ord(fmt[i]) - 48
                i += 1
            if i >= n:
                raise error("repeat count given without format specifier")
            c = fmt[i]
        if c not in sizes:
            raise error("bad char in struct format")
        isz = sizes[c]
        if order == _NATIVE and isz > 1:
            size = (size + isz - 1) // isz * isz
        if c == "s" or c == "p":
            ops.append((c, count, size))
            size += count
            nitems += 1
        elif c == "x":
            size += count
        else:
            for k in range(count):
                ops.append((c, 1, size))
                size += isz
            nitems += count
        i += 1
    return (order, ops, size, nitems)


_cache = {}


def _get(fmt):
    key = fmt
    r = _cache.get(key, None) if isinstance(key, (str, bytes)) else None
    if r is None:
        r = _compile(_fmt_str(fmt))
        if len(_cache) > 200:
            _cache.clear()
        _cache[key] = r
    return r


def _clearcache():
    _cache.clear()


def _as_int(v):
    if isinstance(v, int):
        return int(v)
    m = getattr(type(v), "__index__", None)
    if m is None:
        raise error("required argument is not an integer")
    return m(v)


def _as_float(v):
    if isinstance(v, float):
        return v
    try:
        if isinstance(v, int):
            return float(v)
        m = getattr(type(v), "__float__", None)
        if m is not None:
            return float(m(v))
        m = getattr(type(v), "__index__", None)
        if m is not None:
            return float(m(v))
    except (OverflowError, TypeError, ValueError):
        pass
    raise error("required argument is not a float")


_MIN64 = -(1 << 63)
_LIM64 = 1 << 63
_LIMU64 = 1 << 64


def _range_error(code, order, v, isz):
    in64 = _MIN64 <= v < _LIM64
    inu64 = 0 <= v < _LIMU64
    oor = "argument out of range"
    if code == "b":
        msg = "byte format requires -128 <= number <= 127" if in64 else oor
    elif code == "B":
        msg = "ubyte format requires 0 <= number <= 255" if in64 else oor
    elif code == "h":
        if not in64:
            msg = oor
        elif order == _BIG:
            msg = "'h' format requires -32768 <= number <= 32767"
        else:
            msg = "short format requires -32768 <= number <= 32767"
    elif code == "H":
        if order == _BIG:
            msg = "'H' format requires 0 <= number <= 65535" if inu64 else oor
        else:
            msg = "ushort format requires 0 <= number <= 65535" if in64 else oor
    elif isz == 4 and code in "il":
        msg = ("'" + code + "' format requires -2147483648 <= number <= 2147483647") if in64 else oor
    elif isz == 4 and code in "IL":
        msg = ("'" + code + "' format requires 0 <= number <= 4294967295") if inu64 else oor
    elif order == _BIG:
        msg = "int too large to convert"
    else:
        msg = oor
    return error(msg)


def _frexp2(a):
    """a > 0 finite: (m, e) with a == m * 2**e, m an int < 2**53."""
    e = 0
    while a >= 1.329227995784916e+36:      # 2**120
        a *= 5.421010862427522e-20          # 2**-64
        e += 64
    while a >= 9007199254740992.0:          # 2**53
        a *= 0.5
        e += 1
    while a < 2.44140625e-04:               # 2**-12
        a *= 18446744073709551616.0         # 2**64
        e -= 64
    while a < 4503599627370496.0:           # 2**52
        a *= 2.0
        e -= 1
    return (int(a), e)


def _float_bits(x, ebits, mbits, code, strict):
    """IEEE bits of x in a format with ebits exponent bits and mbits
    fraction bits, rounded half to even."""
    sign = 1 if _copysign(1.0, x) < 0.0 else 0
    emax = (1 << ebits) - 1
    bias = (1 << (ebits - 1)) - 1
    if x != x:
        return (sign << (ebits + mbits)) | (emax << mbits) | (1 << (mbits - 1))
    if x < 0.0:
        x = -x
    if x == 0.0:
        return sign << (ebits + mbits)
    if x - x != 0.0:
        return (sign << (ebits + mbits)) | (emax << mbits)
    m, e = _frexp2(x)
    # x == m * 2**e; the unit of the result's last place is 2**q
    top = e + m.bit_length() - 1
    if top < 1 - bias:
        q = 1 - bias - mbits
    else:
        q = top - mbits
    shift = q - e
    if shift > 60:
        v = 0                               # m < 2**53 is below half a unit
    elif shift > 0:
        v = m >> shift
        rem = m & ((1 << shift) - 1)
        half = 1 << (shift - 1)
        if rem > half or (rem == half and (v & 1)):
            v += 1
    else:
        v = m << (-shift)
    # v is the fraction with the implicit bit (normal) or the subnormal
    # fraction; adding the exponent field as below also handles a carry
    if top < 1 - bias:
        bits = v
    else:
        if v >= (1 << (mbits + 1)):
            v >>= 1
            top += 1
        bits = ((top + bias) << mbits) + (v - (1 << mbits))
    if bits >= (emax << mbits):
        if strict:
            raise OverflowError("float too large to pack with " + code + " format")
        bits = emax << mbits
    return (sign << (ebits + mbits)) | bits


def _bits_float(bits, ebits, mbits):
    sign = (bits >> (ebits + mbits)) & 1
    ef = (bits >> mbits) & ((1 << ebits) - 1)
    frac = bits & ((1 << mbits) - 1)
    bias = (1 << (ebits - 1)) - 1
    if ef == (1 << ebits) - 1:
        if frac:
            v = float("nan")
        else:
            v = float("inf")
    elif ef == 0:
        v = frac * _pow2(1 - bias - mbits)
    else:
        v = (frac + (1 << mbits)) * _pow2(ef - bias - mbits)
    return -v if sign else v


def _pow2(k):
    """2.0 ** k, exactly (-1074 <= k <= 1023)."""
    if k >= 0:
        return float(1 << k)
    if k >= -1022:
        return 1.0 / float(1 << -k)
    return (1.0 / float(1 << 1022)) / float(1 << (-k - 1022))


def _put(out, pos, v, nbytes, order):
    if order == _BIG:
        i = nbytes - 1
        while i >= 0:
            out[pos + i] = v & 0xFF
            v >>= 8
            i -= 1
    else:
        for i in range(nbytes):
            out[pos + i] = v & 0xFF
            v >>= 8


def _get_uint(data, pos, nbytes, order):
    v = 0
    if order == _BIG:
        for i in range(nbytes):
            v = (v << 8) | data[pos + i]
    else:
        i = nbytes - 1
        while i >= 0:
            v = (v << 8) | data[pos + i]
            i -= 1
    return v


def _pack_ops(compiled, args):
    order, ops, size, nitems = compiled
    if len(args) != nitems:
        raise error("pack expected %d items for packing (got %d)" % (nitems, len(args)))
    out = [0] * size
    sizes = _NATIVE_SIZE if order == _NATIVE else _STD_SIZE
    ai = 0
    for code, count, pos in ops:
        v = args[ai]
        ai += 1
        if code == "s" or code == "p":
            if not isinstance(v, bytes):
                if type(v).__name__ in ("bytearray", "memoryview"):
                    v = bytes(v)
                else:
                    raise error("argument for '" + code + "' must be a bytes object")
            if code == "s":
                n = min(len(v), count)
                for k in range(n):
                    out[pos + k] = v[k]
            elif count > 0:
                n = min(len(v), count - 1)
                for k in range(n):
                    out[pos + 1 + k] = v[k]
                out[pos] = min(n, 255)
        elif code == "c":
            if not isinstance(v, bytes) or len(v) != 1:
                if type(v).__name__ == "bytearray" and len(v) == 1:
                    v = bytes(v)
                else:
                    raise error("char format requires a bytes object of length 1")
            out[pos] = v[0]
        elif code == "?":
            out[pos] = 1 if v else 0
        elif code == "e" or code == "f" or code == "d":
            x = _as_float(v)
            if code == "d":
                b = _float_bits(x, 11, 52, code, True)
                _put(out, pos, b, 8, order)
            elif code == "f":
                _put(out, pos, _float_bits(x, 8, 23, code, order != _NATIVE), 4, order)
            else:
                _put(out, pos, _float_bits(x, 5, 10, code, True), 2, order)
        else:
            x = _as_int(v)
            isz = sizes[code]
            nbits = 8 * isz
            if code in "bhilqnP":
                if code == "P":
                    lo = 0
                    hi = (1 << nbits) - 1
                else:
                    lo = -(1 << (nbits - 1))
                    hi = (1 << (nbits - 1)) - 1
            else:
                lo = 0
                hi = (1 << nbits) - 1
            if x < lo or x > hi:
                raise _range_error(code, order, x, isz)
            if x < 0:
                x += 1 << nbits
            _put(out, pos, x, isz, 1 if order == _NATIVE else order)
    return bytes(out)


def _buffer(data):
    if isinstance(data, bytes):
        return data
    tn = type(data).__name__
    if tn == "bytearray" or tn == "memoryview":
        return bytes(data)
    raise TypeError("a bytes-like object is required, not '" + tn + "'")


def _unpack_ops(compiled, data, base):
    order, ops, size, nitems = compiled
    sizes = _NATIVE_SIZE if order == _NATIVE else _STD_SIZE
    o = 1 if order == _NATIVE else order
    res = []
    for code, count, pos in ops:
        pos += base
        if code == "s":
            res.append(data[pos:pos + count])
        elif code == "p":
            if count == 0:
                res.append(b"")
            else:
                n = data[pos]
                if n > count - 1:
                    n = count - 1
                res.append(data[pos + 1:pos + 1 + n])
        elif code == "c":
            res.append(data[pos:pos + 1])
        elif code == "?":
            res.append(data[pos] != 0)
        elif code == "d":
            res.append(_bits_float(_get_uint(data, pos, 8, o), 11, 52))
        elif code == "f":
            res.append(_bits_float(_get_uint(data, pos, 4, o), 8, 23))
        elif code == "e":
            res.append(_bits_float(_get_uint(data, pos, 2, o), 5, 10))
        else:
            isz = sizes[code]
            v = _get_uint(data, pos, isz, o)
            if code in "bhilqn" and v >= (1 << (8 * isz - 1)):
                v -= 1 << (8 * isz)
            res.append(v)
    return tuple(res)


def calcsize(format):
    """Return size in bytes of the struct described by the format string."""
    return _get(format)[2]


def pack(format, *args):
    """Return a bytes object containing the values packed according to the format."""
    return _pack_ops(_get(format), args)


def unpack(format, buffer):
    """Unpack the buffer according to the format (its size must match)."""
    c = _get(format)
    data = _buffer(buffer)
    if len(data) != c[2]:
        raise error("unpack requires a buffer of %d bytes" % c[2])
    return _unpack_ops(c, data, 0)


def _check_offset(what, size, n, offset, verb):
    if offset < 0:
        if offset + n < 0:
            raise error("offset %d out of range for %d-byte buffer" % (offset, n))
        if n - (offset + n) < size:
            if what == "unpack_from":
                raise error("not enough data to unpack %d bytes at offset %d" % (size, offset))
            raise error("no space to pack %d bytes at offset %d" % (size, offset))
        return offset + n
    if n - offset < size:
        raise error("%s requires a buffer of at least %d bytes for %s %d bytes at offset %d "
                    "(actual buffer size is %d)" % (what, size + offset, verb, size, offset, n))
    return offset


def unpack_from(format, /, buffer, offset=0):
    """Unpack from the buffer starting at offset."""
    c = _get(format)
    data = _buffer(buffer)
    offset = _as_index(offset)
    offset = _check_offset("unpack_from", c[2], len(data), offset, "unpacking")
    return _unpack_ops(c, data, offset)


def _as_index(v):
    if isinstance(v, int):
        return int(v)
    m = getattr(type(v), "__index__", None)
    if m is None:
        raise TypeError("'" + type(v).__name__ + "' object cannot be interpreted as an integer")
    return m(v)


def pack_into(format, buffer, offset, *args):
    """Pack the values into the writable buffer starting at offset."""
    c = _get(format)
    data = _pack_ops(c, args)
    offset = _as_index(offset)
    offset = _check_offset("pack_into", c[2], len(buffer), offset, "packing")
    buffer[offset:offset + len(data)] = data


class _UnpackIterator:
    def __init__(self, compiled, data):
        self._c = compiled
        self._data = data
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        size = self._c[2]
        if self._pos + size > len(self._data):
            raise StopIteration
        r = _unpack_ops(self._c, self._data, self._pos)
        self._pos += size
        return r

    def __length_hint__(self):
        return (len(self._data) - self._pos) // self._c[2]


def iter_unpack(format, buffer):
    """Return an iterator unpacking the buffer in chunks of calcsize(format)."""
    c = _get(format)
    data = _buffer(buffer)
    if c[2] == 0:
        raise error("cannot iteratively unpack with a struct of length 0")
    if len(data) % c[2] != 0:
        raise error("iterative unpacking requires a buffer of a multiple of %d bytes" % c[2])
    return _UnpackIterator(c, data)


class Struct:
    """A compiled struct format."""

    def __init__(self, format):
        self._c = _compile(_fmt_str(format))
        self.format = _fmt_str(format)
        self.size = self._c[2]

    def pack(self, *args):
        return _pack_ops(self._c, args)

    def unpack(self, buffer):
        data = _buffer(buffer)
        if len(data) != self.size:
            raise error("unpack requires a buffer of %d bytes" % self.size)
        return _unpack_ops(self._c, data, 0)

    def unpack_from(self, buffer, offset=0):
        data = _buffer(buffer)
        offset = _check_offset("unpack_from", self.size, len(data), _as_index(offset), "unpacking")
        return _unpack_ops(self._c, data, offset)

    def pack_into(self, buffer, offset, *args):
        data = _pack_ops(self._c, args)
        offset = _check_offset("pack_into", self.size, len(buffer), _as_index(offset), "packing")
        buffer[offset:offset + len(data)] = data

    def iter_unpack(self, buffer):
        data = _buffer(buffer)
        if self.size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        if len(data) % self.size != 0:
            raise error("iterative unpacking requires a buffer of a multiple of %d bytes" % self.size)
        return _UnpackIterator(self._c, data)

    def __repr__(self):
        return "Struct(" + repr(self.format) + ")"
'''
