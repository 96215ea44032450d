"""Methods of int, float and complex, and the complex() constructor.
install(space) registers them (after builtin_methods.install)."""

import math

from rlib.rbigint import rbigint

from interpreter.objspace.root import W_Root, Args
from interpreter.objspace.space import Space
from interpreter.objspace.intobject import W_IntObject, W_BoolObject
from interpreter.objspace.floatobject import W_FloatObject
from interpreter.objspace.longobject import W_LongObject
from interpreter.objspace.strobject import W_StrObject
from interpreter.objspace.bytesobject import W_BytesObject
from interpreter.objspace.instance import W_Instance
from interpreter.objspace.complexobject import W_ComplexObject
from interpreter.objspace.builtin_methods import nargs, method, static
from interpreter.objspace.root import positional


TWO_52 = 4503599627370496.0


def self_big(space: Space, args: Args) -> rbigint:
    w = args.args_w[0]
    if isinstance(w, W_IntObject):
        return rbigint.fromint(w.intval)
    if isinstance(w, W_LongObject):
        return w.num
    raise space.type_error("descriptor requires an 'int' object but received '" + space.type_name(w) + "'")


def self_float(space: Space, args: Args) -> float:
    w = args.args_w[0]
    if isinstance(w, W_FloatObject):
        return w.floatval
    raise space.type_error("descriptor requires a 'float' object but received '" + space.type_name(w) + "'")


# ---------------------------------------------------------------- int

def int_bit_length(space: Space, args: Args) -> W_Root:
    nargs(space, args, "bit_length", 0, 0)
    return space.newint(self_big(space, args).bit_length())


def int_bit_count(space: Space, args: Args) -> W_Root:
    nargs(space, args, "bit_count", 0, 0)
    num = self_big(space, args)
    n = 0
    for d in num.digits:
        while d != 0:
            n += d & 1
            d = d >> 1
    return space.newint(n)


def int_self(space: Space, args: Args) -> W_Root:
    nargs(space, args, "__int__", 0, 0)
    return space.newlong(self_big(space, args))


def int_conjugate(space: Space, args: Args) -> W_Root:
    nargs(space, args, "conjugate", 0, 0)
    return space.newlong(self_big(space, args))


def int_float(space: Space, args: Args) -> W_Root:
    nargs(space, args, "__float__", 0, 0)
    return space.newfloat(space.long_tofloat(self_big(space, args)))


def int_as_integer_ratio(space: Space, args: Args) -> W_Root:
    nargs(space, args, "as_integer_ratio", 0, 0)
    return space.newtuple([space.newlong(self_big(space, args)), space.newint(1)])


def byteorder_arg(space: Space, w: W_Root | None) -> bool:
    """True for 'little'."""
    if w is None:
        return False
    if not isinstance(w, W_StrObject):
        raise space.type_error("to_bytes() argument 'byteorder' must be str, not " + space.type_name(w))
    if w.value == "little":
        return True
    if w.value == "big":
        return False
    raise space.value_error("byteorder must be either 'little' or 'big'")


def kw_or_pos(args: Args, a: list[W_Root], i: int, name: str) -> W_Root | None:
    if len(a) > i:
        return a[i]
    return args.get_kw(name)


def int_to_bytes(space: Space, args: Args) -> W_Root:
    a = args.args_w[1:]
    if len(a) > 2:
        raise space.type_error("to_bytes() takes at most 2 positional arguments (" + str(len(a)) + " given)")
    for k in args.kw_names:
        if k != "length" and k != "byteorder" and k != "signed":
            raise space.type_error("to_bytes() got an unexpected keyword argument '" + k + "'")
    length = 1
    w_len = kw_or_pos(args, a, 0, "length")
    if w_len is not None:
        length = space.int_w(w_len)
    little = byteorder_arg(space, kw_or_pos(args, a, 1, "byteorder"))
    signed = False
    w_signed = args.get_kw("signed")
    if w_signed is not None:
        signed = space.is_true(w_signed)
    if length < 0:
        raise space.value_error("length argument must be non-negative")
    try:
        return space.newbytes(self_big(space, args).tobytes(length, little, signed))
    except OverflowError as e:
        raise space.error(space.w_OverflowError, str(e))


def int_from_bytes(space: Space, args: Args) -> W_Root:
    a = args.args_w
    if len(a) > 2:
        raise space.type_error("from_bytes() takes at most 2 positional arguments (" + str(len(a)) + " given)")
    w_bytes = kw_or_pos(args, a, 0, "bytes")
    if w_bytes is None:
        raise space.type_error("from_bytes() missing required argument 'bytes' (pos 1)")
    little = byteorder_arg(space, kw_or_pos(args, a, 1, "byteorder"))
    signed = False
    w_signed = args.get_kw("signed")
    if w_signed is not None:
        signed = space.is_true(w_signed)
    data = b""
    if isinstance(w_bytes, W_BytesObject):
        data = w_bytes.value
    elif isinstance(w_bytes, W_StrObject):
        raise space.type_error("cannot convert 'str' object to bytes")
    else:
        vals: list[int] = []
        for w_x in space.unpack_iterable(w_bytes):
            v = space.int_w(w_x)
            if v < 0 or v > 255:
                raise space.value_error("bytes must be in range(0, 256)")
            vals.append(v)
        data = bytes(vals)
    return space.newlong(rbigint.frombytes(data, little, signed))


def int_index(space: Space, args: Args) -> W_Root:
    nargs(space, args, "__index__", 0, 0)
    return space.newlong(self_big(space, args))


# ---------------------------------------------------------------- float

def float_is_integer(space: Space, args: Args) -> W_Root:
    nargs(space, args, "is_integer", 0, 0)
    f = self_float(space, args)
    if f - f != 0.0:
        return space.w_False
    if f >= TWO_52 or f <= -TWO_52:
        return space.w_True
    return space.newbool(f == float(int(f)))


def float_as_integer_ratio(space: Space, args: Args) -> W_Root:
    nargs(space, args, "as_integer_ratio", 0, 0)
    f = self_float(space, args)
    if f != f:
        raise space.value_error("cannot convert NaN to integer ratio")
    if f - f != 0.0:
        raise space.error(space.w_OverflowError, "cannot convert Infinity to integer ratio")
    neg = f < 0.0
    if neg:
        f = -f
    k = 0
    while f < TWO_52 and f != float(int(f)):
        f = f * 2.0
        k += 1
    num = rbigint.fromfloat(f)
    if neg:
        num = num.neg()
    den = rbigint.fromint(1).lshift(k)
    return space.newtuple([space.newlong(num), space.newlong(den)])


HEX_DIGITS = "0123456789abcdef"


def float_hex_str(x: float) -> str:
    if x != x:
        return "nan"
    if x - x != 0.0:
        return "inf" if x > 0.0 else "-inf"
    sign = ""
    if x < 0.0 or (x == 0.0 and math.copysign(1.0, x) < 0.0):
        sign = "-"
        x = -x
    if x == 0.0:
        return sign + "0x0.0p+0"
    # x = m * 2**e with 1 <= m < 2, or 0 < m < 1 and e = -1022 (subnormal)
    e = 0
    m = x
    while m >= 2.0:
        m = m * 0.5
        e += 1
    while m < 1.0 and e > -1022:
        m = m * 2.0
        e -= 1
    first = int(m)
    m = m - float(first)
    digits: list[str] = []
    for _ in range(13):
        m = m * 16.0
        d = int(m)
        m = m - float(d)
        digits.append(HEX_DIGITS[d])
    es = str(e)
    if e >= 0:
        es = "+" + es
    return sign + "0x" + str(first) + "." + "".join(digits) + "p" + es


def float_hex(space: Space, args: Args) -> W_Root:
    nargs(space, args, "hex", 0, 0)
    return space.newstr(float_hex_str(self_float(space, args)))


def _hexval(c: str) -> int:
    o = ord(c)
    if 48 <= o <= 57:
        return o - 48
    if 97 <= o <= 102:
        return o - 87
    if 65 <= o <= 70:
        return o - 55
    return -1


def float_fromhex_str(s: str) -> float:
    """float.fromhex; ValueError / OverflowError with CPython's messages."""
    t = s.strip()
    n = len(t)
    i = 0
    neg = False
    if i < n and (t[i] == "+" or t[i] == "-"):
        neg = t[i] == "-"
        i += 1
    low = t[i:].lower()
    if low == "inf" or low == "infinity":
        return -float("inf") if neg else float("inf")
    if low == "nan":
        return float("nan")
    if i + 1 < n and t[i] == "0" and (t[i + 1] == "x" or t[i + 1] == "X"):
        i += 2
    mant = rbigint.zero()
    sixteen = rbigint.fromint(16)
    ndigits = 0
    frac_digits = 0
    while i < n and _hexval(t[i]) >= 0:
        mant = mant.mul(sixteen).add(rbigint.fromint(_hexval(t[i])))
        ndigits += 1
        i += 1
    if i < n and t[i] == ".":
        i += 1
        while i < n and _hexval(t[i]) >= 0:
            mant = mant.mul(sixteen).add(rbigint.fromint(_hexval(t[i])))
            ndigits += 1
            frac_digits += 1
            i += 1
    if ndigits == 0:
        raise ValueError("invalid hexadecimal floating-point string")
    exp = 0
    if i < n and (t[i] == "p" or t[i] == "P"):
        i += 1
        eneg = False
        if i < n and (t[i] == "+" or t[i] == "-"):
            eneg = t[i] == "-"
            i += 1
        start = i
        while i < n and "0" <= t[i] <= "9":
            if exp < 100000000:
                exp = exp * 10 + (ord(t[i]) - 48)
            i += 1
        if i == start:
            raise ValueError("invalid hexadecimal floating-point string")
        if eneg:
            exp = -exp
    if i != n:
        raise ValueError("invalid hexadecimal floating-point string")
    exp -= 4 * frac_digits
    result = 0.0
    if mant.sign != 0:
        bits = mant.bit_length()
        if bits + exp > 1025:
            raise OverflowError("hexadecimal value too large to represent as a float")
        if bits + exp < -1080:
            result = 0.0
        elif exp >= 0:
            try:
                result = mant.lshift(exp).tofloat()
            except OverflowError:
                raise OverflowError("hexadecimal value too large to represent as a float")
        else:
            try:
                result = mant.truediv(rbigint.fromint(1).lshift(-exp))
            except OverflowError:
                raise OverflowError("hexadecimal value too large to represent as a float")
    if neg:
        return -result
    return result


def float_fromhex(space: Space, args: Args) -> W_Root:
    a = args.args_w
    if len(a) != 1:
        raise space.type_error("fromhex() takes exactly one argument (" + str(len(a)) + " given)")
    w = a[0]
    if not isinstance(w, W_StrObject):
        raise space.type_error("must be str, not " + space.type_name(w))
    try:
        return space.newfloat(float_fromhex_str(w.value))
    except ValueError as e:
        raise space.value_error(str(e))
    except OverflowError as e:
        raise space.error(space.w_OverflowError, str(e))


def float_conjugate(space: Space, args: Args) -> W_Root:
    nargs(space, args, "conjugate", 0, 0)
    return space.newfloat(self_float(space, args))


def float_int(space: Space, args: Args) -> W_Root:
    nargs(space, args, "__int__", 0, 0)
    f = self_float(space, args)
    if f != f:
        raise space.value_error("cannot convert float NaN to integer")
    if f - f != 0.0:
        raise space.error(space.w_OverflowError, "cannot convert float infinity to integer")
    return space.newlong(rbigint.fromfloat(f))


def float_float(space: Space, args: Args) -> W_Root:
    nargs(space, args, "__float__", 0, 0)
    return space.newfloat(self_float(space, args))


# ---------------------------------------------------------------- complex

def complex_conjugate(space: Space, args: Args) -> W_Root:
    nargs(space, args, "conjugate", 0, 0)
    w = args.args_w[0]
    if not isinstance(w, W_ComplexObject):
        raise space.type_error("descriptor 'conjugate' requires a 'complex' object")
    return W_ComplexObject(w.realval, -w.imagval)


def _scan_float(s: str, i: int) -> int:
    """End of an unsigned float literal at s[i:], or i if there is none."""
    n = len(s)
    low = s[i:i + 8].lower()
    if low == "infinity":
        return i + 8
    low3 = s[i:i + 3].lower()
    if low3 == "inf" or low3 == "nan":
        return i + 3
    j = i
    nd = 0
    while j < n and (("0" <= s[j] <= "9") or s[j] == "_"):
        j += 1
        nd += 1
    if j < n and s[j] == ".":
        j += 1
        while j < n and (("0" <= s[j] <= "9") or s[j] == "_"):
            j += 1
            nd += 1
    if nd == 0:
        return i
    if j < n and (s[j] == "e" or s[j] == "E"):
        k = j + 1
        if k < n and (s[k] == "+" or s[k] == "-"):
            k += 1
        start = k
        while k < n and "0" <= s[k] <= "9":
            k += 1
        if k > start:
            j = k
    return j


def parse_complex(s: str) -> tuple[float, float]:
    """complex(str); ValueError on a malformed string."""
    t = s.strip()
    if len(t) >= 2 and t[0] == "(" and t[len(t) - 1] == ")":
        t = t[1:len(t) - 1].strip()
    n = len(t)
    bad = ValueError("complex() arg is a malformed string")
    if n == 0:
        raise bad
    i = 0
    if t[i] == "+" or t[i] == "-":
        i += 1
    e1 = _scan_float(t, i)
    if e1 == i:
        if i < n and (t[i] == "j" or t[i] == "J") and i + 1 == n:
            return (0.0, -1.0 if t[0] == "-" else 1.0)
        raise bad
    try:
        x = float(t[0:e1])
    except ValueError:
        raise bad
    if e1 == n:
        return (x, 0.0)
    c = t[e1]
    if (c == "j" or c == "J") and e1 + 1 == n:
        return (0.0, x)
    if c == "+" or c == "-":
        e2 = _scan_float(t, e1 + 1)
        y = 1.0
        if e2 > e1 + 1:
            try:
                y = float(t[e1 + 1:e2])
            except ValueError:
                raise bad
        if c == "-":
            y = -y
        if e2 < n and (t[e2] == "j" or t[e2] == "J") and e2 + 1 == n:
            return (x, y)
    raise bad


def complex_arg(space: Space, w: W_Root, first: bool) -> tuple[float, float]:
    if isinstance(w, W_ComplexObject):
        return (w.realval, w.imagval)
    if isinstance(w, W_FloatObject):
        return (w.floatval, 0.0)
    if isinstance(w, W_IntObject):
        return (float(w.intval), 0.0)
    if isinstance(w, W_LongObject):
        return (space.long_tofloat(w.num), 0.0)
    if isinstance(w, W_Instance):
        w_c = space.lookup_user(w, "__complex__")
        if w_c is not None:
            w_r = space.call(w_c, positional([]))
            if not isinstance(w_r, W_ComplexObject):
                raise space.type_error("__complex__ returned non-complex (type " + space.type_name(w_r) + ")")
            return (w_r.realval, w_r.imagval)
        if space.lookup_user(w, "__float__") is not None or space.lookup_user(w, "__index__") is not None:
            return (space.float_w(w), 0.0)
    if first:
        raise space.type_error("complex() first argument must be a string or a number, not '" +
                               space.type_name(w) + "'")
    raise space.type_error("complex() second argument must be a number, not '" + space.type_name(w) + "'")


def new_complex(space: Space, args: Args) -> W_Root:
    a = args.args_w[1:]
    if len(a) > 2:
        raise space.type_error("complex() takes at most 2 arguments (" + str(len(a)) + " given)")
    w_re = kw_or_pos(args, a, 0, "real")
    w_im = kw_or_pos(args, a, 1, "imag")
    if w_re is None:
        if w_im is None:
            return W_ComplexObject(0.0, 0.0)
        w_re = space.newint(0)
    if isinstance(w_re, W_StrObject):
        if w_im is not None:
            raise space.type_error("complex() can't take second arg if first is a string")
        try:
            p = parse_complex(w_re.value)
        except ValueError as e:
            raise space.value_error(str(e))
        return W_ComplexObject(p[0], p[1])
    if w_im is not None and isinstance(w_im, W_StrObject):
        raise space.type_error("complex() second arg can't be a string")
    r = complex_arg(space, w_re, True)
    if w_im is None:
        if isinstance(w_re, W_ComplexObject):
            return w_re
        return W_ComplexObject(r[0], r[1])
    im = complex_arg(space, w_im, False)
    real = r[0]
    if im[1] != 0.0:
        real = r[0] - im[1]
    imag = im[0]
    if r[1] != 0.0:
        imag = r[1] + im[0]
    return W_ComplexObject(real, imag)


def install(space: Space) -> None:
    w = space.w_int
    method(space, w, "bit_length", int_bit_length)
    method(space, w, "bit_count", int_bit_count)
    method(space, w, "to_bytes", int_to_bytes)
    static(space, w, "from_bytes", int_from_bytes)
    method(space, w, "as_integer_ratio", int_as_integer_ratio)
    method(space, w, "__index__", int_index)
    method(space, w, "__int__", int_self)
    method(space, w, "__float__", int_float)
    method(space, w, "conjugate", int_conjugate)
    w = space.w_float
    method(space, w, "is_integer", float_is_integer)
    method(space, w, "as_integer_ratio", float_as_integer_ratio)
    method(space, w, "hex", float_hex)
    static(space, w, "fromhex", float_fromhex)
    method(space, w, "conjugate", float_conjugate)
    method(space, w, "__int__", float_int)
    method(space, w, "__float__", float_float)
    w = space.w_complex
    method(space, w, "conjugate", complex_conjugate)
    static(space, w, "__new__", new_complex)
    space.builtins["complex"] = w
