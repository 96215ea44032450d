"""Format specs (format(), f-strings, str.format) and %-formatting of
ints (any size, as rbigint), floats and strs, written in the input
language: no host format()/% on arbitrary values.

The only host float conversions used are repr(x) and format(x, ".Ne") /
format(x, ".Nf") on a non-negative float with a plain precision, which
the translator maps to its exact float printing.

Errors are raised as host ValueError / OverflowError / TypeError with
CPython's messages; the caller (formatting.py) turns them into
application-level exceptions."""

import math

from rlib.rbigint import rbigint


class FmtSpec:
    """[[fill]align][sign][z][#][0][width][,|_][.precision][type]"""

    def __init__(self) -> None:
        self.fill: str = " "
        self.fill_given: bool = False
        self.align: str = ""
        self.sign: str = ""
        self.zcoerce: bool = False
        self.alt: bool = False
        self.zero: bool = False
        self.width: int = -1
        self.grouping: str = ""
        self.precision: int = -1
        self.type: str = ""


WIDTH_LIMIT = 922337203685477580   # (2**63 - 1) // 10


def _is_align(c: str) -> bool:
    return c == "<" or c == ">" or c == "^" or c == "="


def _is_digit(c: str) -> bool:
    return "0" <= c <= "9"


def parse_spec(spec: str, tname: str) -> FmtSpec:
    """Parse a format spec for an object of type tname ('int', 'float',
    'str', 'bool', 'complex'); CPython's parse errors."""
    f = FmtSpec()
    n = len(spec)
    i = 0
    if n >= 2 and _is_align(spec[1]):
        f.fill = spec[0]
        f.fill_given = True
        f.align = spec[1]
        i = 2
    elif n >= 1 and _is_align(spec[0]):
        f.align = spec[0]
        i = 1
    if i < n and (spec[i] == "+" or spec[i] == "-" or spec[i] == " "):
        f.sign = spec[i]
        i += 1
    if i < n and spec[i] == "z":
        f.zcoerce = True
        i += 1
    if i < n and spec[i] == "#":
        f.alt = True
        i += 1
    if not f.fill_given and i < n and spec[i] == "0":
        f.zero = True
        f.fill = "0"
        i += 1
    start = i
    w = 0
    while i < n and _is_digit(spec[i]):
        if w > WIDTH_LIMIT:
            raise ValueError("Too many decimal digits in format string")
        w = w * 10 + (ord(spec[i]) - 48)
        i += 1
    if i > start:
        f.width = w
    if i < n and (spec[i] == "," or spec[i] == "_"):
        f.grouping = spec[i]
        i += 1
        if i < n and (spec[i] == "," or spec[i] == "_"):
            raise ValueError("Cannot specify both ',' and '_'.")
    if i < n and spec[i] == ".":
        i += 1
        start = i
        p = 0
        while i < n and _is_digit(spec[i]):
            if p > WIDTH_LIMIT:
                raise ValueError("Too many decimal digits in format string")
            p = p * 10 + (ord(spec[i]) - 48)
            i += 1
        if i == start:
            raise ValueError("Format specifier missing precision")
        f.precision = p
    if n - i > 1:
        raise ValueError("Invalid format specifier '" + spec + "' for object of type '" + tname + "'")
    if i < n:
        f.type = spec[i]
    if f.grouping != "":
        t = f.type
        if t == "":
            if tname == "str":
                t = "s"
            elif tname == "int" or tname == "bool":
                t = "d"
        ok = t == "" or t == "d" or t == "e" or t == "f" or t == "g" or t == "E" or t == "G" or \
            t == "%" or t == "F"
        if f.grouping == "_" and (t == "b" or t == "o" or t == "x" or t == "X"):
            ok = True
        if not ok:
            raise ValueError("Cannot specify '" + f.grouping + "' with '" + t + "'.")
    return f


# ---------------------------------------------------------------- layout helpers

def group_digits(digits: str, sep: str, every: int, min_width: int) -> str:
    """digits with sep every `every` digits from the right; with
    min_width > 0, zero-padded (the padding grouped too) to at least
    min_width characters, as CPython's zero padding with grouping."""
    pieces: list[str] = []
    remaining = len(digits)
    pos = remaining
    first = True
    while True:
        ln = remaining
        if min_width > ln:
            ln = min_width
        if ln < 1:
            ln = 1
        if ln > every:
            ln = every
        n_chars = remaining
        if n_chars > ln:
            n_chars = ln
        if n_chars < 0:
            n_chars = 0
        n_zeros = ln - n_chars
        if not first:
            pieces.append(sep)
        pieces.append(digits[pos - n_chars:pos])
        if n_zeros > 0:
            pieces.append("0" * n_zeros)
        pos -= n_chars
        remaining -= n_chars
        min_width -= ln
        if remaining <= 0 and min_width <= 0:
            break
        min_width -= len(sep)
        first = False
    pieces.reverse()
    return "".join(pieces)


def pad(body: str, lead: str, f: FmtSpec, default_align: str) -> str:
    """lead (sign and prefix) + body, padded to the spec's width."""
    align = f.align
    if align == "":
        align = default_align
    total = len(lead) + len(body)
    if f.width <= total:
        return lead + body
    n = f.width - total
    if align == "<":
        return lead + body + f.fill * n
    if align == ">":
        return f.fill * n + lead + body
    if align == "^":
        left = n // 2
        return f.fill * left + lead + body + f.fill * (n - left)
    return lead + f.fill * n + body


def _sign_of(neg: bool, f: FmtSpec) -> str:
    if neg:
        return "-"
    if f.sign == "+":
        return "+"
    if f.sign == " ":
        return " "
    return ""


def finish_number(neg: bool, prefix: str, intpart: str, rest: str, f: FmtSpec, every: int) -> str:
    """sign + prefix + (grouped) integer digits + rest, padded; a zero
    flag without an explicit alignment means '='."""
    if f.zero and f.align == "":
        f.align = "="
    lead = _sign_of(neg, f) + prefix
    if f.grouping != "" and intpart != "":
        min_width = 0
        if f.fill == "0" and f.align == "=" and f.width > 0:
            min_width = f.width - len(lead) - len(rest)
        intpart = group_digits(intpart, f.grouping, every, min_width)
    return pad(intpart + rest, lead, f, ">")


def unknown_code(t: str, tname: str) -> ValueError:
    return ValueError("Unknown format code '" + t + "' for object of type '" + tname + "'")


# ---------------------------------------------------------------- ints

def int_digits(num: rbigint, base: int) -> str:
    """The digits of |num| in base 2, 8, 10 or 16 (lowercase, no prefix)."""
    a = num.abs()
    if base == 10:
        return a.str()
    return a.format(base)[2:]


def big_to_float(num: rbigint) -> float:
    try:
        return num.tofloat()
    except OverflowError:
        raise OverflowError("int too large to convert to float")


def format_int(num: rbigint, spec: str, tname: str) -> str:
    """format(num, spec) for an int (tname 'int' or 'bool')."""
    f = parse_spec(spec, tname)
    t = f.type
    if t == "e" or t == "E" or t == "f" or t == "F" or t == "g" or t == "G" or t == "%":
        return format_float_spec(big_to_float(num), f, "float")
    if not (t == "" or t == "d" or t == "n" or t == "x" or t == "X" or t == "o" or t == "b" or t == "c"):
        raise unknown_code(t, tname)
    if f.precision >= 0:
        raise ValueError("Precision not allowed in integer format specifier")
    if f.zcoerce:
        raise ValueError("Negative zero coercion (z) not allowed in integer format specifier")
    if t == "c":
        if f.sign != "":
            raise ValueError("Sign not allowed with integer format specifier 'c'")
        if f.alt:
            raise ValueError("Alternate form (#) not allowed with integer format specifier 'c'")
        if not num.fits_int():
            raise OverflowError("Python int too large to convert to C long")
        if num.sign < 0 or num.toint() > 0x10FFFF:
            raise OverflowError("%c arg not in range(0x110000)")
        if f.zero and f.align == "":
            f.align = "="
        return pad(chr(num.toint()), "", f, ">")
    base = 10
    prefix = ""
    every = 3
    if t == "x" or t == "X":
        base = 16
        prefix = "0x"
        every = 4
    elif t == "o":
        base = 8
        prefix = "0o"
        every = 4
    elif t == "b":
        base = 2
        prefix = "0b"
        every = 4
    digits = int_digits(num, base)
    if t == "X":
        digits = digits.upper()
        prefix = "0X"
    if not f.alt:
        prefix = ""
    return finish_number(num.sign < 0, prefix, digits, "", f, every)


# ---------------------------------------------------------------- floats

def is_finite(x: float) -> bool:
    return x - x == 0.0


def sign_bit(x: float) -> bool:
    if x < 0.0:
        return True
    if x == 0.0:
        return math.copysign(1.0, x) < 0.0
    return False


def fmt_e(ax: float, prec: int) -> str:
    """'d.ddde+XX' for a finite ax >= 0."""
    return format(ax, "." + str(prec) + "e")


def fmt_f(ax: float, prec: int) -> str:
    return format(ax, "." + str(prec) + "f")


def float_repr(x: float) -> str:
    return repr(x)


def exp_of(e_text: str) -> int:
    """The exponent of a fmt_e result."""
    k = e_text.find("e")
    neg = e_text[k + 1] == "-"
    v = 0
    j = k + 2
    while j < len(e_text):
        v = v * 10 + (ord(e_text[j]) - 48)
        j += 1
    if neg:
        return -v
    return v


def strip_zeros(s: str) -> str:
    """'1.2300' -> '1.23', '1.000' -> '1' (only with a '.')."""
    if s.find(".") < 0:
        return s
    n = len(s)
    while n > 0 and s[n - 1] == "0":
        n -= 1
    if n > 0 and s[n - 1] == ".":
        n -= 1
    return s[:n]


def fmt_g(ax: float, prec: int, alt: bool, dot0: bool) -> str:
    """%g of a finite ax >= 0 with prec significant digits; dot0: the
    presentation type '' with a precision (a '.0' is kept, and the
    exponent form starts one digit earlier)."""
    if prec == 0:
        prec = 1
    etext = fmt_e(ax, prec - 1)
    e = exp_of(etext)
    limit = prec
    if dot0:
        limit = prec - 1
    if -4 <= e < limit:
        s = fmt_f(ax, prec - 1 - e)
        if alt:
            if s.find(".") < 0:
                s = s + "."
        else:
            s = strip_zeros(s)
            if dot0 and s.find(".") < 0:
                s = s + ".0"
        return s
    k = etext.find("e")
    mant = etext[:k]
    if alt:
        if mant.find(".") < 0:
            mant = mant + "."
    else:
        mant = strip_zeros(mant)
    return mant + etext[k:]


def repr_body(ax: float) -> str:
    """repr of a finite ax >= 0."""
    return float_repr(ax)


def split_int_part(s: str) -> int:
    i = 0
    while i < len(s) and _is_digit(s[i]):
        i += 1
    return i


def float_body(ax: float, t: str, prec: int, alt: bool) -> str:
    """The digits of a finite ax >= 0 for type t (e E f F g G % r,
    '' meaning 'g' with dot0), without sign; prec < 0: the default."""
    if t == "f" or t == "F" or t == "%":
        if prec < 0:
            prec = 6
        if t == "%":
            ax = ax * 100.0
        if not is_finite(ax):
            body = "inf"
        else:
            body = fmt_f(ax, prec)
        if alt and prec == 0:
            body = body + "."
        if t == "%":
            body = body + "%"
        return body
    if t == "e" or t == "E":
        if prec < 0:
            prec = 6
        body = fmt_e(ax, prec)
        if alt and prec == 0:
            k = body.find("e")
            body = body[:k] + "." + body[k:]
        return body
    if t == "g" or t == "G":
        if prec < 0:
            prec = 6
        return fmt_g(ax, prec, alt, False)
    # '' (repr, or g with dot0 when a precision is given)
    if prec < 0:
        body = repr_body(ax)
        if alt and body.find(".") < 0:
            k = body.find("e")
            if k >= 0:
                body = body[:k] + "." + body[k:]
        return body
    return fmt_g(ax, prec, alt, True)


def format_float_spec(x: float, f: FmtSpec, tname: str) -> str:
    t = f.type
    if not (t == "" or t == "e" or t == "E" or t == "f" or t == "F" or t == "g" or t == "G" or
            t == "n" or t == "%"):
        raise unknown_code(t, tname)
    if t == "n":
        t = "g"
    neg = sign_bit(x)
    ax = x
    if neg:
        ax = -x
    body = ""
    if x != x:
        body = "nan"
        neg = False
        if t == "%":
            body = "nan%"
    elif not is_finite(x):
        body = "inf"
        if t == "%":
            body = "inf%"
    else:
        body = float_body(ax, t, f.precision, f.alt)
    if t == "E" or t == "F" or t == "G":
        body = body.upper()
    if f.zcoerce and neg and is_finite(x) and _all_zero(body):
        neg = False
    k = split_int_part(body)
    return finish_number(neg, "", body[:k], body[k:], f, 3)


def _all_zero(body: str) -> bool:
    for c in body:
        if "1" <= c <= "9":
            return False
        if c == "e" or c == "E":
            break
    return True


def format_float(x: float, spec: str) -> str:
    if spec == "":
        return float_repr(x)
    return format_float_spec(x, parse_spec(spec, "float"), "float")


# ---------------------------------------------------------------- strs

def format_str(s: str, spec: str) -> str:
    if spec == "":
        return s
    f = parse_spec(spec, "str")
    if f.type != "" and f.type != "s":
        raise unknown_code(f.type, "str")
    if f.sign == " ":
        raise ValueError("Space not allowed in string format specifier")
    if f.sign != "":
        raise ValueError("Sign not allowed in string format specifier")
    if f.zcoerce:
        raise ValueError("Negative zero coercion (z) not allowed in string format specifier")
    if f.alt:
        raise ValueError("Alternate form (#) not allowed in string format specifier")
    if f.align == "=":
        raise ValueError("'=' alignment not allowed in string format specifier")
    if 0 <= f.precision < len(s):
        s = s[:f.precision]
    return pad(s, "", f, "<")


# ---------------------------------------------------------------- %-formatting

class ModSpec:
    """One %-conversion: flags, width (-1: none), precision (-1: none)."""

    def __init__(self) -> None:
        self.left: bool = False
        self.plus: bool = False
        self.space: bool = False
        self.alt: bool = False
        self.zero: bool = False
        self.width: int = -1
        self.prec: int = -1


def mod_pad(sign: str, prefix: str, body: str, m: ModSpec, allow_zero: bool) -> str:
    total = len(sign) + len(prefix) + len(body)
    if m.width <= total:
        return sign + prefix + body
    n = m.width - total
    if m.left:
        return sign + prefix + body + " " * n
    if m.zero and allow_zero:
        return sign + prefix + "0" * n + body
    return " " * n + sign + prefix + body


def mod_sign(neg: bool, m: ModSpec) -> str:
    if neg:
        return "-"
    if m.plus:
        return "+"
    if m.space:
        return " "
    return ""


def mod_int(num: rbigint, m: ModSpec, t: str) -> str:
    """%d %i %u %x %X %o of an int."""
    base = 10
    prefix = ""
    if t == "x" or t == "X":
        base = 16
        if m.alt:
            prefix = "0" + t
    elif t == "o":
        base = 8
        if m.alt:
            prefix = "0o"
    digits = int_digits(num, base)
    if t == "X":
        digits = digits.upper()
    if m.prec > len(digits):
        digits = "0" * (m.prec - len(digits)) + digits
    return mod_pad(mod_sign(num.sign < 0, m), prefix, digits, m, True)


def mod_float(x: float, m: ModSpec, t: str) -> str:
    """%e %E %f %F %g %G of a float."""
    neg = sign_bit(x)
    ax = x
    if neg:
        ax = -x
    body = ""
    if x != x:
        body = "nan"
        neg = False
    elif not is_finite(x):
        body = "inf"
    else:
        lt = t.lower()
        body = float_body(ax, lt, m.prec, m.alt)
    if t == "E" or t == "F" or t == "G":
        body = body.upper()
    return mod_pad(mod_sign(neg, m), "", body, m, True)


def mod_str(s: str, m: ModSpec) -> str:
    if 0 <= m.prec < len(s):
        s = s[:m.prec]
    return mod_pad("", "", s, m, False)
