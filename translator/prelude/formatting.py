"""Formatting: format specs (f-strings, format()), %-formatting and
str.format.

f-strings: the front end lowers `f"{x:SPEC}"` to
    format_int(x, SPEC)   for int (bool: format_bool)
    format_float(x, SPEC) for float
    format_str(s, SPEC)   for str, and for `!r`/`!s`/`!a` conversions
                          (the front end converts first: repr(x) / str(x))
    format_obj(str(x), SPEC, TYPENAME) for other types (only an empty SPEC
                          is allowed, else TypeError like CPython)
and joins the pieces (SPEC is the spec text after nested `{}` fields are
substituted). `format(x, spec)` is the same call.

%-formatting and str.format take their arguments as `FmtArg` values
built by the front end (one per argument, statically typed):
    fmtarg_int(i), fmtarg_bool(b), fmtarg_float(x), fmtarg_str(s),
    fmtarg_obj(str(x), repr(x), TYPENAME)
then
    str_mod(fmt, [args...])            fmt % (a, b, ...)  (a single
                                       non-tuple operand is a 1-element list)
    str_format(fmt, [args...])         fmt.format(a, b, ...)
    str_format_kw(fmt, [args...], [names...], [kwargs...])
                                       fmt.format(a, ..., name=value, ...)

Errors are CPython's (ValueError / TypeError / KeyError / IndexError with
the same messages) for the cases listed in the tests.
"""

import _prims
from chars import builtin_ascii_of_repr, builtin_repr_str, char_decimal_value
from numeric import (
    _e_parts,
    _sign_bit,
    builtin_repr_float,
    exp_suffix,
    float_digits,
    float_isinf,
    format_digits,
    int_to_base,
)
from str_methods import str_repeat, str_upper


class FormatSpec:
    """A parsed format spec: [[fill]align][sign][z][#][0][width][,|_][.precision][type]."""

    def __init__(self) -> None:
        self.fill: str = " "
        self.align: str = ""
        self.sign: str = ""
        self.zcoerce: bool = False
        self.alt: bool = False
        self.zero: bool = False
        self.width: int = -1
        self.grouping: str = ""
        self.precision: int = -1
        self.type: str = ""


def _is_align(c: int) -> bool:
    return c == 60 or c == 62 or c == 94 or c == 61


def _code_text(t: str) -> str:
    """A presentation type in CPython's error messages: the character when
    printable ASCII (33..127), else \\x and its hex code."""
    c = _prims.str_codeat(t, 0)
    if c > 32 and c < 128:
        return t
    return "\\x" + int_to_base(c, 16)


def _digits(s: str, i: int, n: int, limit: int, message: str) -> list[int]:
    """[value, end] of the decimal digits of s at i (value -1 for none);
    ValueError(message) when the value exceeds limit, as CPython checks
    %-format numbers (ASCII digits only)."""
    v = -1
    while i < n and _prims.str_codeat(s, i) >= 48 and _prims.str_codeat(s, i) <= 57:
        d = _prims.str_codeat(s, i) - 48
        if v < 0:
            v = 0
        if v > (limit - d) // 10:
            raise ValueError(message)
        v = v * 10 + d
        i += 1
    return [v, i]


def _spec_integer(spec: str, i: int, n: int) -> list[int]:
    """[value, end] of the decimal digits at i (value -1 for none; any
    Unicode decimal digit counts, as in CPython); ValueError like
    CPython's get_integer beyond Py_ssize_t."""
    v = -1
    while i < n:
        d = char_decimal_value(_prims.str_codeat(spec, i))
        if d < 0:
            break
        if v < 0:
            v = 0
        if v > (9223372036854775807 - d) // 10:
            raise ValueError("Too many decimal digits in format string")
        v = v * 10 + d
        i += 1
    return [v, i]


def parse_spec(spec: str, tname: str, default_type: str, default_align: str) -> FormatSpec:
    """Parse a format spec as CPython's parse_internal_render_format_spec
    for an object of type `tname` (default presentation type and
    alignment of that type: 'd' and '>' for int, '' and '>' for float,
    's' and '<' for str), with its errors; the type-specific checks are
    the caller's. `align` stays '' when neither given nor implied."""
    f = FormatSpec()
    n = len(spec)
    i = 0
    fill_given = False
    align_given = False
    if n >= 2 and _is_align(_prims.str_codeat(spec, 1)):
        f.fill = _prims.str_get(spec, 0)
        f.align = _prims.str_get(spec, 1)
        fill_given = True
        align_given = True
        i = 2
    elif n >= 1 and _is_align(_prims.str_codeat(spec, 0)):
        f.align = _prims.str_get(spec, 0)
        align_given = True
        i = 1
    if i < n:
        c = _prims.str_codeat(spec, i)
        if c == 43 or c == 45 or c == 32:
            f.sign = chr(c)
            i += 1
    if i < n and _prims.str_codeat(spec, i) == 122:
        f.zcoerce = True
        i += 1
    if i < n and _prims.str_codeat(spec, i) == 35:
        f.alt = True
        i += 1
    # The '0' flag (only without an explicit fill): fill with zeros, and
    # '=' alignment for the types that align right by default.
    if not fill_given and i < n and _prims.str_codeat(spec, i) == 48:
        f.zero = True
        f.fill = "0"
        if not align_given and default_align == ">":
            f.align = "="
        i += 1
    r = _spec_integer(spec, i, n)
    f.width = r[0]
    i = r[1]
    if i < n and _prims.str_codeat(spec, i) == 44:
        f.grouping = ","
        i += 1
    if i < n and _prims.str_codeat(spec, i) == 95:
        if f.grouping != "":
            raise ValueError("Cannot specify both ',' and '_'.")
        f.grouping = "_"
        i += 1
    if i < n and _prims.str_codeat(spec, i) == 44 and f.grouping == "_":
        raise ValueError("Cannot specify both ',' and '_'.")
    if i < n and _prims.str_codeat(spec, i) == 46:
        r = _spec_integer(spec, i + 1, n)
        if r[0] < 0:
            raise ValueError("Format specifier missing precision")
        f.precision = r[0]
        i = r[1]
    if n - i > 1:
        raise ValueError("Invalid format specifier '" + spec + "' for object of type '" + tname + "'")
    f.type = default_type
    if i < n:
        f.type = _prims.str_get(spec, i)
    if f.grouping != "":
        t = f.type
        ok = t == "d" or t == "e" or t == "f" or t == "g" or t == "E" or t == "G" or t == "%" or t == "F" or t == ""
        if f.grouping == "_" and (t == "b" or t == "o" or t == "x" or t == "X"):
            ok = True
        if not ok:
            raise ValueError("Cannot specify '" + f.grouping + "' with '" + _code_text(t) + "'.")
    return f


def _pad(body: str, prefix: str, f: FormatSpec, default_align: str) -> str:
    """Pad sign/prefix + body to the width."""
    total = len(prefix) + len(body)
    align = f.align
    if align == "":
        align = default_align
    if f.width <= total:
        return prefix + body
    pad = f.width - total
    if align == "<":
        return prefix + body + str_repeat(f.fill, pad)
    if align == ">":
        return str_repeat(f.fill, pad) + prefix + body
    if align == "^":
        left = pad // 2
        return str_repeat(f.fill, left) + prefix + body + str_repeat(f.fill, pad - left)
    return prefix + str_repeat(f.fill, pad) + body


def _group(digits: str, sep: str, every: int, min_width: int) -> str:
    """Insert sep every `every` digits from the right; with min_width > 0,
    pad with zeros (grouped too) to at least min_width characters."""
    parts: list[str] = []
    n = len(digits)
    end = n
    count = 0
    while end > 0:
        start = end - every
        if start < 0:
            start = 0
        parts.append(_prims.str_slice(digits, start, end))
        count += end - start
        end = start
        if end > 0:
            count += 1
    # zero padding inside the grouping
    if min_width > 0:
        last = parts[len(parts) - 1]
        while count < min_width:
            if len(last) == every:
                count += 1
                if count >= min_width:
                    # CPython then adds a leading zero group digit
                    parts.append("0")
                    count += 1
                    last = "0"
                    break
                last = "0"
                parts.append(last)
                count += 1
            else:
                last = "0" + last
                parts[len(parts) - 1] = last
                count += 1
    out: list[str] = []
    k = len(parts) - 1
    while k >= 0:
        out.append(parts[k])
        k -= 1
    return _prims.str_join(sep, out)


def _sign_str(neg: bool, f: FormatSpec) -> str:
    if neg:
        return "-"
    if f.sign == "+":
        return "+"
    if f.sign == " ":
        return " "
    return ""


def _finish_number(neg: bool, prefix: str, intpart: str, rest: str, f: FormatSpec, every: int) -> str:
    """Sign, prefix, grouped integer digits, the rest ('.123e+05'),
    then padding (right-aligned by default)."""
    sign = _sign_str(neg, f) + prefix
    if f.grouping != "" and intpart != "":
        min_width = 0
        if f.fill == "0" and f.align == "=" and f.width > 0:
            min_width = f.width - len(sign) - len(rest)
        intpart = _group(intpart, f.grouping, every, min_width)
    return _pad(intpart + rest, sign, f, ">")


def _type_error_code(t: str, tname: str) -> ValueError:
    return ValueError("Unknown format code '" + _code_text(t) + "' for object of type '" + tname + "'")


def format_int(x: int, spec: str) -> str:
    """format(x, spec) for an int."""
    if spec == "":
        return str(x)
    return _format_int_spec(x, spec, "int")


def _format_int_spec(x: int, spec: str, tname: str) -> str:
    """format(x, spec) for an int or a bool (`tname`), in the order of
    CPython's checks."""
    f = parse_spec(spec, tname, "d", ">")
    t = f.type
    if t == "e" or t == "E" or t == "f" or t == "F" or t == "g" or t == "G" or t == "%":
        return _format_float_spec(_prims.int_tofloat(x), f, tname)
    if not (t == "b" or t == "c" or t == "d" or t == "o" or t == "x" or t == "X" or t == "n"):
        raise _type_error_code(t, tname)
    if f.precision >= 0:
        raise ValueError("Precision not allowed in integer format specifier")
    if f.zcoerce:
        raise ValueError("Negative zero coercion (z) not allowed in integer format specifier")
    if t == "c":
        if f.sign != "":
            raise ValueError("Sign not allowed with integer format specifier 'c'")
        if f.alt:
            raise ValueError("Alternate form (#) not allowed with integer format specifier 'c'")
        if x < 0 or x > 0x10FFFF:
            raise OverflowError("%c arg not in range(0x110000)")
        return _pad(chr(x), "", f, ">")
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
    digits = int_to_base(x, base)
    neg = x < 0
    if neg:
        digits = _prims.str_slice(digits, 1, len(digits))
    if t == "X":
        digits = str_upper(digits)
        prefix = "0X"
    if not f.alt:
        prefix = ""
    return _finish_number(neg, prefix, digits, "", f, every)


def format_bool(b: bool, spec: str) -> str:
    """format(b, spec): 'True'/'False' for an empty spec, else as an int
    (errors name the type 'bool')."""
    if spec == "":
        if b:
            return "True"
        return "False"
    if b:
        return _format_int_spec(1, spec, "bool")
    return _format_int_spec(0, spec, "bool")


def _strip_trailing_zeros(s: str) -> str:
    """'1.2300' -> '1.23', '1.000' -> '1'."""
    if _prims.str_find(s, ".", 0) < 0:
        return s
    n = len(s)
    while n > 0 and _prims.str_codeat(s, n - 1) == 48:
        n -= 1
    if n > 0 and _prims.str_codeat(s, n - 1) == 46:
        n -= 1
    return _prims.str_slice(s, 0, n)


def _split_mantissa(s: str) -> list[str]:
    """'1234.5e+05' -> ['1234', '.5e+05'] (integer digits, the rest)."""
    n = len(s)
    i = 0
    while i < n and _prims.str_codeat(s, i) >= 48 and _prims.str_codeat(s, i) <= 57:
        i += 1
    return [_prims.str_slice(s, 0, i), _prims.str_slice(s, i, n)]


def _fmt_g(ax: float, prec: int, alt: bool, dot0: bool) -> str:
    """%g of a finite |x| with `prec` significant digits (CPython's
    rules); dot0: the '' presentation type (keep one fractional digit,
    exponent when exp >= prec)."""
    if prec == 0:
        prec = 1
    e = _e_parts(_prims.float_fmt_e(ax, prec - 1))[1]
    s = ""
    limit = prec
    if dot0:
        limit = prec - 1
    if e >= -4 and e < limit:
        s = _prims.float_fmt_f(ax, prec - 1 - e)
        if not alt:
            s = _strip_trailing_zeros(s)
            if dot0 and _prims.str_find(s, ".", 0) < 0:
                s = s + ".0"
        elif _prims.str_find(s, ".", 0) < 0:
            s = s + "."
    else:
        s = _prims.float_fmt_e(ax, prec - 1)
        if not alt:
            epos = _prims.str_find(s, "e", 0)
            s = _strip_trailing_zeros(_prims.str_slice(s, 0, epos)) + _prims.str_slice(s, epos, len(s))
        elif _prims.str_find(s, ".", 0) < 0:
            epos = _prims.str_find(s, "e", 0)
            s = _prims.str_slice(s, 0, epos) + "." + _prims.str_slice(s, epos, len(s))
    return s


def _format_float_spec(x: float, f: FormatSpec, tname: str) -> str:
    t = f.type
    if not (t == "" or t == "e" or t == "E" or t == "f" or t == "F" or t == "g" or t == "G" or t == "n" or t == "%"):
        raise _type_error_code(t, tname)
    if f.precision > 2147483647:
        # CPython formats floats with a C int precision.
        raise ValueError("precision too big")
    neg = _sign_bit(x)
    ax = x
    if neg:
        ax = _prims.fneg(x)
    prec = f.precision
    body = ""
    if x != x:
        body = "nan"
        neg = False
    elif float_isinf(x):
        body = "inf"
    elif t == "f" or t == "F":
        if prec < 0:
            prec = 6
        body = _prims.float_fmt_f(ax, prec)
        if f.alt and prec == 0:
            body = body + "."
    elif t == "e" or t == "E":
        if prec < 0:
            prec = 6
        body = _prims.float_fmt_e(ax, prec)
        if f.alt and prec == 0:
            epos = _prims.str_find(body, "e", 0)
            body = _prims.str_slice(body, 0, epos) + "." + _prims.str_slice(body, epos, len(body))
    elif t == "%":
        if prec < 0:
            prec = 6
        body = _prims.float_fmt_f(ax * 100.0, prec)
        if f.alt and prec == 0:
            body = body + "."
    elif t == "g" or t == "G" or t == "n":
        if prec < 0:
            prec = 6
        body = _fmt_g(ax, prec, f.alt, False)
    else:
        if prec < 0:
            if ax == 0.0:
                body = "0.0"
            else:
                dd = float_digits(ax)
                body = format_digits(dd[0], dd[1], dd[1] <= -4 or dd[1] > 16, True)
                epos = _prims.str_find(body, "e", 0)
                if f.alt and epos >= 0 and _prims.str_find(body, ".", 0) < 0:
                    # '#' keeps the point of an exponent form: '1.e+16'
                    # (CPython's repr mode with Py_DTSF_ALT).
                    body = _prims.str_slice(body, 0, epos) + "." + _prims.str_slice(body, epos, len(body))
        else:
            body = _fmt_g(ax, prec, f.alt, True)
    if t == "%":
        body = body + "%"
    if t == "E" or t == "F" or t == "G":
        body = str_upper(body)
    if f.zcoerce and neg and x == 0.0:
        neg = False
    if f.zcoerce and neg and body != "nan" and body != "inf":
        # negative values that round to zero
        allzero = True
        for i in range(len(body)):
            c = _prims.str_codeat(body, i)
            if c >= 49 and c <= 57:
                allzero = False
                break
            if c == 101 or c == 69:
                break
        if allzero:
            neg = False
    parts = _split_mantissa(body)
    return _finish_number(neg, "", parts[0], parts[1], f, 3)


def format_float(x: float, spec: str) -> str:
    """format(x, spec) for a float (f-string `{x:spec}`)."""
    if spec == "":
        return builtin_repr_float(x)
    return _format_float_spec(x, parse_spec(spec, "float", "", ">"), "float")


def format_str(s: str, spec: str) -> str:
    """format(s, spec) for a str."""
    if spec == "":
        return s
    f = parse_spec(spec, "str", "s", "<")
    if f.type != "s":
        raise _type_error_code(f.type, "str")
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
    if f.precision >= 0 and f.precision < len(s):
        s = _prims.str_slice(s, 0, f.precision)
    return _pad(s, "", f, "<")


def format_obj(s: str, spec: str, tname: str) -> str:
    """format(x, spec) for an object without __format__, given str(x)."""
    if spec != "":
        raise TypeError("unsupported format string passed to " + tname + ".__format__")
    return s


# ---------------------------------------------------------------- arguments

KIND_INT: int = 0
KIND_FLOAT: int = 1
KIND_STR: int = 2
KIND_BOOL: int = 3
KIND_OBJ: int = 4


class FmtArg:
    """One statically typed argument of % or str.format."""

    def __init__(self, kind: int, i: int, x: float, s: str, r: str, tname: str) -> None:
        self.kind: int = kind
        self.i: int = i
        self.x: float = x
        self.s: str = s
        self.r: str = r
        self.tname: str = tname

    def as_str(self) -> str:
        """str(arg)."""
        if self.kind == KIND_INT:
            return str(self.i)
        if self.kind == KIND_FLOAT:
            return builtin_repr_float(self.x)
        return self.s

    def as_repr(self) -> str:
        """repr(arg)."""
        if self.kind == KIND_INT:
            return str(self.i)
        if self.kind == KIND_FLOAT:
            return builtin_repr_float(self.x)
        if self.kind == KIND_STR:
            return builtin_repr_str(self.s)
        return self.r

    def format(self, spec: str) -> str:
        """format(arg, spec)."""
        if self.kind == KIND_INT:
            return format_int(self.i, spec)
        if self.kind == KIND_BOOL:
            return format_bool(self.i == 1, spec)
        if self.kind == KIND_FLOAT:
            return format_float(self.x, spec)
        if self.kind == KIND_STR:
            return format_str(self.s, spec)
        return format_obj(self.s, spec, self.tname)


def fmtarg_int(i: int) -> FmtArg:
    return FmtArg(KIND_INT, i, 0.0, "", "", "int")


def fmtarg_bool(b: bool) -> FmtArg:
    if b:
        return FmtArg(KIND_BOOL, 1, 0.0, "True", "True", "bool")
    return FmtArg(KIND_BOOL, 0, 0.0, "False", "False", "bool")


def fmtarg_float(x: float) -> FmtArg:
    return FmtArg(KIND_FLOAT, 0, x, "", "", "float")


def fmtarg_str(s: str) -> FmtArg:
    return FmtArg(KIND_STR, 0, 0.0, s, "", "str")


def fmtarg_obj(s: str, r: str, tname: str) -> FmtArg:
    """Any other value: its str(), repr() and type name."""
    return FmtArg(KIND_OBJ, 0, 0.0, s, r, tname)


# ---------------------------------------------------------------- %


def _mod_number(a: FmtArg, t: str) -> FmtArg:
    """The numeric argument for %d/%x/%e...; TypeError otherwise."""
    if a.kind == KIND_INT or a.kind == KIND_BOOL or a.kind == KIND_FLOAT:
        return a
    if t == "e" or t == "E" or t == "f" or t == "F" or t == "g" or t == "G":
        raise TypeError("must be real number, not " + a.tname)
    if t == "d" or t == "i" or t == "u":
        raise TypeError("%" + t + " format: a real number is required, not " + a.tname)
    raise TypeError("%" + t + " format: an integer is required, not " + a.tname)


def _star_arg(args: list[FmtArg], ai: int) -> int:
    """The int argument `ai` for a '*' width or precision."""
    if ai >= len(args):
        raise TypeError("not enough arguments for format string")
    a = args[ai]
    if a.kind != KIND_INT and a.kind != KIND_BOOL:
        raise TypeError("* wants int")
    return a.i


def str_mod(fmt: str, args: list[FmtArg]) -> str:
    """fmt % args (printf-style): %s %r %a %d %i %u %x %X %o %e %E %f %F
    %g %G %c %% with flags '-+ #0', width and precision."""
    out: list[str] = []
    n = len(fmt)
    i = 0
    ai = 0
    start = 0
    while i < n:
        if _prims.str_codeat(fmt, i) != 37:
            i += 1
            continue
        if i > start:
            out.append(_prims.str_slice(fmt, start, i))
        i += 1
        # "%%" right after the '%' is a literal '%'; after flags, a width
        # or a precision, '%' is a conversion that takes an argument and
        # is unsupported (CPython's order: parse, fetch, then check).
        if i < n and _prims.str_codeat(fmt, i) == 37:
            out.append("%")
            i += 1
            start = i
            continue
        # A '%(key)' field: the front end strips the keys of a literal
        # format applied to a mapping, so here the operand is never one.
        if i < n and _prims.str_codeat(fmt, i) == 40:
            raise TypeError("format requires a mapping")
        f = FormatSpec()
        left = False
        while i < n:
            c = _prims.str_codeat(fmt, i)
            if c == 45:
                left = True
            elif c == 43:
                f.sign = "+"
            elif c == 32:
                if f.sign == "":
                    f.sign = " "
            elif c == 35:
                f.alt = True
            elif c == 48:
                f.zero = True
            else:
                break
            i += 1
        w = -1
        if i < n and _prims.str_codeat(fmt, i) == 42:
            # '*': the width is the next argument (an int; negative means
            # left-aligned).
            w = _star_arg(args, ai)
            ai += 1
            if w < 0:
                left = True
                w = -w
            i += 1
        else:
            r = _digits(fmt, i, n, 9223372036854775807, "width too big")
            w = r[0]
            i = r[1]
        f.width = w
        if i < n and _prims.str_codeat(fmt, i) == 46:
            i += 1
            p = 0
            if i < n and _prims.str_codeat(fmt, i) == 42:
                # '.*': the precision is the next argument (negative is 0).
                p = _star_arg(args, ai)
                ai += 1
                if p > 2147483647 or p < -2147483648:
                    raise OverflowError("Python int too large to convert to C int")
                if p < 0:
                    p = 0
                i += 1
            else:
                r = _digits(fmt, i, n, 2147483647, "precision too big")
                p = max(r[0], 0)
                i = r[1]
            f.precision = p
        # Length modifiers are accepted and ignored, as in CPython.
        if i < n:
            c = _prims.str_codeat(fmt, i)
            if c == 104 or c == 108 or c == 76:
                i += 1
        if i >= n:
            raise ValueError("incomplete format")
        t = _prims.str_get(fmt, i)
        i += 1
        start = i
        if left:
            f.align = "<"
        elif f.zero and t != "s" and t != "r" and t != "a" and t != "c":
            f.align = "="
            f.fill = "0"
        else:
            f.align = ">"
        if ai >= len(args):
            raise TypeError("not enough arguments for format string")
        a = args[ai]
        ai += 1
        if t == "s" or t == "r" or t == "a":
            s = ""
            if t == "s":
                s = a.as_str()
            elif t == "r":
                s = a.as_repr()
            else:
                s = builtin_ascii_of_repr(a.as_repr())
            if f.precision >= 0 and f.precision < len(s):
                s = _prims.str_slice(s, 0, f.precision)
            out.append(_pad(s, "", f, ">"))
        elif t == "c":
            s = ""
            if a.kind == KIND_INT or a.kind == KIND_BOOL:
                if a.i < 0 or a.i > 0x10FFFF:
                    raise OverflowError("%c arg not in range(0x110000)")
                s = chr(a.i)
            elif a.kind == KIND_STR and len(a.s) == 1:
                s = a.s
            else:
                raise TypeError("%c requires int or char")
            out.append(_pad(s, "", f, ">"))
        elif t == "d" or t == "i" or t == "u" or t == "x" or t == "X" or t == "o":
            num = _mod_number(a, t)
            v = num.i
            if num.kind == KIND_FLOAT:
                if t == "x" or t == "X" or t == "o":
                    raise TypeError("%" + t + " format: an integer is required, not float")
                v = _prims.float_toint(num.x)
            base = 10
            if t == "x" or t == "X":
                base = 16
            elif t == "o":
                base = 8
            digits = int_to_base(v, base)
            neg = v < 0
            if neg:
                digits = _prims.str_slice(digits, 1, len(digits))
            if f.precision >= 0 and len(digits) < f.precision:
                digits = str_repeat("0", f.precision - len(digits)) + digits
            prefix = ""
            if f.alt and base == 16:
                prefix = "0x"
            elif f.alt and base == 8:
                prefix = "0o"
            if t == "X":
                digits = str_upper(digits)
                prefix = str_upper(prefix)
            out.append(_pad(digits, _sign_str(neg, f) + prefix, f, ">"))
        elif t == "e" or t == "E" or t == "f" or t == "F" or t == "g" or t == "G":
            num = _mod_number(a, t)
            x = num.x
            if num.kind != KIND_FLOAT:
                x = _prims.int_tofloat(num.i)
            if f.precision < 0:
                f.precision = 6
            f.type = t
            out.append(_format_float_spec(x, f, "float"))
        else:
            code = _prims.str_codeat(t, 0)
            shown = "?"
            if code >= 31 and code <= 126:
                shown = t
            raise ValueError("unsupported format character '" + shown + "' (0x" + int_to_base(code, 16) + ") at index " + str(i - 1))
    if start < n:
        out.append(_prims.str_slice(fmt, start, n))
    if ai < len(args):
        raise TypeError("not all arguments converted during string formatting")
    return _prims.str_join("", out)


# ---------------------------------------------------------------- str.format


def str_format(fmt: str, args: list[FmtArg]) -> str:
    """fmt.format(*args)."""
    names: list[str] = []
    kwargs: list[FmtArg] = []
    return str_format_kw(fmt, args, names, kwargs)


def _field_index(fmt: str, start: int, end: int) -> int:
    """CPython's get_integer for str.format: the value of fmt[start:end]
    when it is all decimal digits (any Unicode Nd, as str.isdecimal),
    else -1 (also for ''); ValueError beyond Py_ssize_t."""
    if start >= end:
        return -1
    v = 0
    for j in range(start, end):
        d = char_decimal_value(_prims.str_codeat(fmt, j))
        if d < 0:
            return -1
        if v > (9223372036854775807 - d) // 10:
            raise ValueError("Too many decimal digits in format string")
        v = v * 10 + d
    return v


def _field_value(fmt: str, start: int, end: int, args: list[FmtArg], names: list[str], kwargs: list[FmtArg], auto: list[int]) -> FmtArg:
    """The argument the field name fmt[start:end] names, as CPython's
    get_field_object: the part before the first '.' or '[' is an index
    when all digits, the next automatic index when empty, else a keyword
    name (KeyError when absent)."""
    i = start
    while i < end:
        d = _prims.str_codeat(fmt, i)
        if d == 91 or d == 46:
            break
        i += 1
    first_end = i
    index = _field_index(fmt, start, first_end)
    empty = first_end == start
    if empty or index >= 0:
        if auto[1] == 0:
            if empty:
                auto[1] = 2
            else:
                auto[1] = 1
        if auto[1] == 1 and empty:
            raise ValueError("cannot switch from manual field specification to automatic field numbering")
        if auto[1] == 2 and not empty:
            raise ValueError("cannot switch from automatic field numbering to manual field specification")
        if empty:
            index = auto[0]
            auto[0] = index + 1
    a = fmtarg_int(0)
    if index < 0:
        key = _prims.str_slice(fmt, start, first_end)
        found = False
        for j in range(len(names)):
            if names[j] == key:
                a = kwargs[j]
                found = True
                break
        if not found:
            raise KeyError(key)
    else:
        if index >= len(args):
            raise IndexError("Replacement index " + str(index) + " out of range for positional args tuple")
        a = args[index]
    if first_end < end:
        _field_rest(fmt, start, first_end, end)
    return a


def _field_rest(fmt: str, start: int, i: int, end: int) -> None:
    """An item or attribute of an argument ('0[1]', 'p.x'): CPython's
    errors for a malformed first one, else ValueError: the arguments are
    formatted values here, not objects (a constant format string with
    one is rejected by the translator)."""
    c = _prims.str_codeat(fmt, i)
    i += 1
    name_start = i
    if c == 46:
        while i < end:
            d = _prims.str_codeat(fmt, i)
            if d == 91 or d == 46:
                break
            i += 1
        if i == name_start:
            raise ValueError("Empty attribute in format string")
    else:
        while i < end and _prims.str_codeat(fmt, i) != 93:
            i += 1
        if i >= end:
            raise ValueError("Missing ']' in format string")
        _field_index(fmt, name_start, i)
        if i == name_start:
            raise ValueError("Empty attribute in format string")
    field = _prims.str_slice(fmt, start, end)
    raise ValueError("format field '" + field + "' takes an item or attribute of an argument: not supported by the translated program")


def str_format_kw(fmt: str, args: list[FmtArg], names: list[str], kwargs: list[FmtArg]) -> str:
    """fmt.format(*args, **dict(zip(names, kwargs))): fields {} {0}
    {name} with !r/!s/!a conversions and format specs, whose nested
    fields may have their own conversion and spec (two levels, as
    CPython)."""
    auto = [0, 0]  # next automatic index; 0 unset, 1 manual, 2 automatic
    return _format_markup(fmt, args, names, kwargs, 2, auto)


def _format_markup(fmt: str, args: list[FmtArg], names: list[str], kwargs: list[FmtArg], depth: int, auto: list[int]) -> str:
    """CPython's build_string: literal text and replacement fields of
    fmt, parsed as MarkupIterator_next and parse_field (with their
    errors, in their order); `depth` levels of nested fields left."""
    if depth <= 0:
        raise ValueError("Max string recursion exceeded")
    out: list[str] = []
    n = len(fmt)
    i = 0
    while i < n:
        # Literal text up to the first '{' or '}'.
        start = i
        c = 0
        markup = False
        while i < n:
            c = _prims.str_codeat(fmt, i)
            i += 1
            if c == 123 or c == 125:
                markup = True
                break
        at_end = i >= n
        lit_end = i
        if c == 125 and markup and (at_end or _prims.str_codeat(fmt, i) != 125):
            raise ValueError("Single '}' encountered in format string")
        if c == 123 and markup and at_end:
            raise ValueError("Single '{' encountered in format string")
        if markup:
            if _prims.str_codeat(fmt, i) == c:
                # '{{' or '}}': one brace of literal text.
                i += 1
                markup = False
            else:
                lit_end -= 1
        if lit_end > start:
            out.append(_prims.str_slice(fmt, start, lit_end))
        if not markup:
            continue
        # The field name: up to '}', ':' or '!' ('[' skips to ']').
        name_start = i
        c = 0
        while i < n:
            c = _prims.str_codeat(fmt, i)
            i += 1
            if c == 123:
                raise ValueError("unexpected '{' in field name")
            if c == 91:
                while i < n and _prims.str_codeat(fmt, i) != 93:
                    i += 1
                continue
            if c == 125 or c == 58 or c == 33:
                break
        name_end = i - 1
        conv = 0
        spec_start = i
        spec_end = i
        expand = False
        if c == 33 or c == 58:
            has_spec = True
            if c == 33:
                if i >= n:
                    raise ValueError("end of string while looking for conversion specifier")
                conv = _prims.str_codeat(fmt, i)
                i += 1
                if i < n:
                    d = _prims.str_codeat(fmt, i)
                    i += 1
                    if d == 125:
                        has_spec = False
                    elif d != 58:
                        raise ValueError("expected ':' after conversion specifier")
            if has_spec:
                # The spec, to the '}' that balances nested '{'.
                spec_start = i
                count = 1
                while i < n:
                    d = _prims.str_codeat(fmt, i)
                    i += 1
                    if d == 123:
                        expand = True
                        count += 1
                    elif d == 125:
                        count -= 1
                        if count == 0:
                            break
                if count != 0:
                    raise ValueError("unmatched '{' in format spec")
                spec_end = i - 1
        elif c != 125:
            raise ValueError("expected '}' before end of string")
        # CPython's order: the argument, the conversion, then the nested
        # fields of the spec, then the formatting.
        a = _field_value(fmt, name_start, name_end, args, names, kwargs, auto)
        text = ""
        if conv == 114:
            text = a.as_repr()
        elif conv == 115:
            text = a.as_str()
        elif conv == 97:
            text = builtin_ascii_of_repr(a.as_repr())
        elif conv != 0:
            if conv > 32 and conv < 127:
                raise ValueError("Unknown conversion specifier " + chr(conv))
            raise ValueError("Unknown conversion specifier \\x" + int_to_base(conv, 16))
        spec = _prims.str_slice(fmt, spec_start, spec_end)
        if expand:
            spec = _format_markup(spec, args, names, kwargs, depth - 1, auto)
        if conv == 0:
            out.append(a.format(spec))
        else:
            out.append(format_str(text, spec))
    return _prims.str_join("", out)
