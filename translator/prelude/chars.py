"""Character classes, case mapping and `repr` of str/bytes.

Exact for every code point: the Unicode tables in `_unicode_tables.py`
are generated from CPython 3.11's unicodedata (Unicode 14.0.0), with fast
paths for ASCII. Case mapping is CPython's full mapping (`'ß'.upper() ==
'SS'`), including the final-sigma rule of `str.lower`. Only the
case-ignorable/cased properties used by the final-sigma rule are
approximated from general categories.

Public functions (all take a code point `cp: int` unless noted):
    char_isspace, char_isalpha, char_isdigit, char_isdecimal,
    char_isnumeric, char_isalnum, char_isupper, char_islower,
    char_istitle, char_isprintable
    char_upper(cp) -> str, char_lower(cp) -> str, char_title(cp) -> str
    builtin_repr_str(s: str) -> str       repr(s), CPython's quoting rules
    builtin_repr_bytes(b: bytes) -> str   repr(b)
    builtin_ascii_str(s: str) -> str      ascii(s)
    builtin_ascii_of_repr(r: str) -> str  ascii(x) given repr(x)
    builtin_repr_exc_arg(msg: str | None, argrepr: str | None) -> str
                                          repr(msg), "" for an empty msg,
                                          '' for None
"""

import _prims
import _unicode_tables


def _tnum(t: str, pos: int) -> int:
    """The 5-letter number at character offset `pos` of a table."""
    n = 0
    for i in range(5):
        n = n * 16 + (_prims.str_codeat(t, pos + i) - 97)
    return n


def _in_ranges(t: str, cp: int) -> bool:
    """Whether `cp` is in a boundary table (odd count of boundaries <= cp)."""
    lo = 0
    hi = len(t) // 5
    # find the number of boundaries <= cp
    while lo < hi:
        mid = (lo + hi) // 2
        if _tnum(t, mid * 5) <= cp:
            lo = mid + 1
        else:
            hi = mid
    return lo % 2 == 1


def _run_map(t: str, cp: int) -> int:
    """Apply a runs table (start, count, stride, delta): the mapped code
    point, or -1 when `cp` has no 1:1 mapping there."""
    lo = 0
    hi = len(t) // 20
    while lo < hi:
        mid = (lo + hi) // 2
        if _tnum(t, mid * 20) <= cp:
            lo = mid + 1
        else:
            hi = mid
    if lo == 0:
        return -1
    base = (lo - 1) * 20
    start = _tnum(t, base)
    count = _tnum(t, base + 5)
    stride = _tnum(t, base + 10)
    delta = _tnum(t, base + 15) - 0x80000
    off = cp - start
    if off % stride != 0 or off // stride >= count:
        return -1
    return cp + delta


def _special(t: str, cp: int) -> str | None:
    """A multi-code-point mapping from a specials table, or None."""
    lo = 0
    hi = len(t) // 20
    while lo < hi:
        mid = (lo + hi) // 2
        v = _tnum(t, mid * 20)
        if v == cp:
            out = ""
            for k in range(3):
                c = _tnum(t, mid * 20 + 5 + k * 5)
                if c != 0:
                    out = out + chr(c)
            return out
        if v < cp:
            lo = mid + 1
        else:
            hi = mid
    return None


def char_isspace(cp: int) -> bool:
    if cp < 128:
        return cp == 32 or (cp >= 9 and cp <= 13) or (cp >= 28 and cp <= 31)
    return _in_ranges(_unicode_tables.SPACE, cp)


def char_isalpha(cp: int) -> bool:
    if cp < 128:
        return (cp >= 65 and cp <= 90) or (cp >= 97 and cp <= 122)
    return _in_ranges(_unicode_tables.ALPHA, cp)


def char_isidstart(cp: int) -> bool:
    """XID_Start or '_' (non-ASCII only; callers handle ASCII)."""
    return _in_ranges(_unicode_tables.ID_START, cp)


def char_isidcontinue(cp: int) -> bool:
    """XID_Continue (non-ASCII only; callers handle ASCII)."""
    return _in_ranges(_unicode_tables.ID_CONTINUE, cp)


def char_isdecimal(cp: int) -> bool:
    if cp < 128:
        return cp >= 48 and cp <= 57
    return _in_ranges(_unicode_tables.DECIMAL, cp)


def char_isdigit(cp: int) -> bool:
    if cp < 128:
        return cp >= 48 and cp <= 57
    return _in_ranges(_unicode_tables.DIGIT, cp)


def char_isnumeric(cp: int) -> bool:
    if cp < 128:
        return cp >= 48 and cp <= 57
    return _in_ranges(_unicode_tables.NUMERIC, cp)


def char_isalnum(cp: int) -> bool:
    if cp < 128:
        return (cp >= 65 and cp <= 90) or (cp >= 97 and cp <= 122) or (cp >= 48 and cp <= 57)
    return char_isalpha(cp) or char_isnumeric(cp)


def char_isupper(cp: int) -> bool:
    if cp < 128:
        return cp >= 65 and cp <= 90
    return _in_ranges(_unicode_tables.UPPER, cp)


def char_islower(cp: int) -> bool:
    if cp < 128:
        return cp >= 97 and cp <= 122
    return _in_ranges(_unicode_tables.LOWER, cp)


def char_istitle(cp: int) -> bool:
    """Titlecase letters that are not uppercase (Lt: 'ǅ' ...)."""
    if cp < 128:
        return False
    return _in_ranges(_unicode_tables.TITLE, cp)


def char_isprintable(cp: int) -> bool:
    if cp < 128:
        return cp >= 32 and cp < 127
    return _in_ranges(_unicode_tables.PRINTABLE, cp)


def _char_cased(cp: int) -> bool:
    if cp < 128:
        return (cp >= 65 and cp <= 90) or (cp >= 97 and cp <= 122)
    return _in_ranges(_unicode_tables.CASED, cp)


def _char_case_ignorable(cp: int) -> bool:
    if cp < 128:
        return cp == 39 or cp == 46 or cp == 58 or cp == 94 or cp == 96
    return _in_ranges(_unicode_tables.CASE_IGNORABLE, cp)


def char_upper(cp: int) -> str:
    """Full uppercase mapping of one code point."""
    if cp < 128:
        if cp >= 97 and cp <= 122:
            return chr(cp - 32)
        return chr(cp)
    sp = _special(_unicode_tables.UPPER_SPECIAL, cp)
    if sp is not None:
        return sp
    m = _run_map(_unicode_tables.UPPER_RUNS, cp)
    if m < 0:
        return chr(cp)
    return chr(m)


def char_lower(cp: int) -> str:
    """Full lowercase mapping of one code point (without final sigma)."""
    if cp < 128:
        if cp >= 65 and cp <= 90:
            return chr(cp + 32)
        return chr(cp)
    sp = _special(_unicode_tables.LOWER_SPECIAL, cp)
    if sp is not None:
        return sp
    m = _run_map(_unicode_tables.LOWER_RUNS, cp)
    if m < 0:
        return chr(cp)
    return chr(m)


def char_casefold(cp: int) -> str:
    """Full case folding of one code point (str.casefold)."""
    if cp < 128:
        return char_lower(cp)
    sp = _special(_unicode_tables.FOLD_SPECIAL, cp)
    if sp is not None:
        return sp
    return char_lower(cp)


def char_title(cp: int) -> str:
    """Full titlecase mapping of one code point."""
    if cp < 128:
        return char_upper(cp)
    sp = _special(_unicode_tables.TITLE_SPECIAL, cp)
    if sp is not None:
        return sp
    m = _run_map(_unicode_tables.TITLE_RUNS, cp)
    if m >= 0:
        return chr(m)
    return char_upper(cp)


def _final_sigma(s: str, i: int) -> bool:
    """CPython's final-sigma test for the capital sigma at index i."""
    j = i - 1
    while j >= 0:
        c = _prims.str_codeat(s, j)
        if not _char_case_ignorable(c):
            break
        j -= 1
    if j < 0 or not _char_cased(_prims.str_codeat(s, j)):
        return False
    j = i + 1
    n = len(s)
    while j < n:
        c = _prims.str_codeat(s, j)
        if not _char_case_ignorable(c):
            break
        j += 1
    return j == n or not _char_cased(_prims.str_codeat(s, j))


def lower_at(s: str, i: int) -> str:
    """Lowercase of `s[i]` in context (final sigma)."""
    cp = _prims.str_codeat(s, i)
    if cp == 0x3A3:
        if _final_sigma(s, i):
            return chr(0x3C2)
        return chr(0x3C3)
    return char_lower(cp)


_HEX: str = "0123456789abcdef"


def _hex_escape(cp: int, width: int) -> str:
    out = ""
    for k in range(width):
        out = _prims.str_get(_HEX, cp & 15) + out
        cp = cp >> 4
    return out


def _repr_str_impl(s: str, ascii_only: bool) -> str:
    n = len(s)
    has_single = False
    has_double = False
    for i in range(n):
        c = _prims.str_codeat(s, i)
        if c == 39:
            has_single = True
        elif c == 34:
            has_double = True
    quote = 39
    if has_single and not has_double:
        quote = 34
    parts: list[str] = []
    start = 0
    for i in range(n):
        c = _prims.str_codeat(s, i)
        esc = ""
        plain = True
        if c == quote or c == 92:
            esc = "\\" + chr(c)
            plain = False
        elif c == 9:
            esc = "\\t"
            plain = False
        elif c == 10:
            esc = "\\n"
            plain = False
        elif c == 13:
            esc = "\\r"
            plain = False
        elif c < 32 or c == 127:
            esc = "\\x" + _hex_escape(c, 2)
            plain = False
        elif c >= 128 and (ascii_only or not char_isprintable(c)):
            plain = False
            if c <= 0xFF:
                esc = "\\x" + _hex_escape(c, 2)
            elif c <= 0xFFFF:
                esc = "\\u" + _hex_escape(c, 4)
            else:
                esc = "\\U" + _hex_escape(c, 8)
        if not plain:
            if start < i:
                parts.append(_prims.str_slice(s, start, i))
            parts.append(esc)
            start = i + 1
    if start < n:
        parts.append(_prims.str_slice(s, start, n))
    q = chr(quote)
    return q + _prims.str_join("", parts) + q


def builtin_repr_str(s: str) -> str:
    """repr(s): single quotes unless the text has ' and no "; escapes
    \\\\, the quote, \\t \\n \\r, \\xNN / \\uNNNN / \\UNNNNNNNN for
    non-printable characters."""
    return _repr_str_impl(s, False)


def builtin_ascii_str(s: str) -> str:
    """ascii(s)."""
    return _repr_str_impl(s, True)


def builtin_repr_exc_arg(msg: str | None, argrepr: str | None) -> str:
    """The text between the parentheses of repr(e) from its message and
    argrepr fields: argrepr when set (the repr of an argument that is not
    a str), else repr(msg), nothing for an empty message (E()), '' for
    None (the front end stores None for an explicit empty argument,
    E(''))."""
    if argrepr is not None:
        return argrepr
    if msg is None:
        return "''"
    if len(msg) == 0:
        return ""
    return _repr_str_impl(msg, False)


def builtin_ascii_of_repr(r: str) -> str:
    """ascii(x) given r = repr(x): non-ASCII characters of r become
    \\xNN / \\uNNNN / \\UNNNNNNNN (the rest is kept as is)."""
    n = len(r)
    parts: list[str] = []
    start = 0
    for i in range(n):
        c = _prims.str_codeat(r, i)
        if c >= 128:
            if start < i:
                parts.append(_prims.str_slice(r, start, i))
            if c <= 0xFF:
                parts.append("\\x" + _hex_escape(c, 2))
            elif c <= 0xFFFF:
                parts.append("\\u" + _hex_escape(c, 4))
            else:
                parts.append("\\U" + _hex_escape(c, 8))
            start = i + 1
    if start == 0:
        return r
    if start < n:
        parts.append(_prims.str_slice(r, start, n))
    return _prims.str_join("", parts)


def builtin_repr_bytes(b: bytes) -> str:
    """repr(b): b'...' (b"..." when it has ' and no ")."""
    n = _prims.bytes_len(b)
    has_single = False
    has_double = False
    for i in range(n):
        c = _prims.bytes_get(b, i)
        if c == 39:
            has_single = True
        elif c == 34:
            has_double = True
    quote = 39
    if has_single and not has_double:
        quote = 34
    parts: list[str] = []
    for i in range(n):
        c = _prims.bytes_get(b, i)
        if c == quote or c == 92:
            parts.append("\\" + chr(c))
        elif c == 9:
            parts.append("\\t")
        elif c == 10:
            parts.append("\\n")
        elif c == 13:
            parts.append("\\r")
        elif c < 32 or c >= 127:
            parts.append("\\x" + _hex_escape(c, 2))
        else:
            parts.append(chr(c))
    q = chr(quote)
    return "b" + q + _prims.str_join("", parts) + q


def char_decimal_value(cp: int) -> int:
    """The value 0..9 of a decimal digit (any Unicode Nd), or -1."""
    if cp < 128:
        if cp >= 48 and cp <= 57:
            return cp - 48
        return -1
    t = _unicode_tables.DECIMAL
    lo = 0
    hi = len(t) // 5
    while lo < hi:
        mid = (lo + hi) // 2
        if _tnum(t, mid * 5) <= cp:
            lo = mid + 1
        else:
            hi = mid
    if lo % 2 == 0:
        return -1
    start = _tnum(t, (lo - 1) * 5)
    return (cp - start) % 10
