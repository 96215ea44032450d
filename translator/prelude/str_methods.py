"""Methods of str and bytes (the method `m` of str is `str_m(s, ...)`).

Optional arguments are defaults; an omitted `start`/`end` is 0 /
INT_MAX (CPython's slice-style adjustment is applied). Whitespace and
character classes are Unicode-exact (see chars.py).

Exceptions raised with CPython's 5-argument constructors
`UnicodeDecodeError(encoding, object, start, end, reason)` /
`UnicodeEncodeError(...)`: the front end sets the message to
`unicode_decode_error_message(...)` / `unicode_encode_error_message(...)`.
"""

import _prims
from chars import (
    _char_cased,
    char_casefold,
    char_isalnum,
    char_isalpha,
    char_isdecimal,
    char_isdigit,
    char_isidcontinue,
    char_isidstart,
    char_islower,
    char_isnumeric,
    char_isprintable,
    char_isspace,
    char_istitle,
    char_isupper,
    char_lower,
    char_title,
    char_upper,
    lower_at,
)
from containers import list_contains, slice_indices

INT_MAX: int = 9223372036854775807


def _adjust(n: int, start: int, end: int) -> list[int]:
    """CPython's ADJUST_INDICES: [start, end] (start not clamped above)."""
    if end > n:
        end = n
    elif end < 0:
        end += n
        if end < 0:
            end = 0
    if start < 0:
        start += n
        if start < 0:
            start = 0
    return [start, end]


def _match_at(s: str, sub: str, i: int) -> bool:
    m = len(sub)
    for k in range(m):
        if _prims.str_codeat(s, i + k) != _prims.str_codeat(sub, k):
            return False
    return True


# ------------------------------------------------------------ searching


def str_find(s: str, sub: str, start: int = 0, end: int = INT_MAX) -> int:
    """s.find(sub[, start[, end]]) or -1."""
    n = len(s)
    se = _adjust(n, start, end)
    m = len(sub)
    if se[1] - se[0] < m:
        return -1
    r = _prims.str_find(s, sub, se[0])
    if r < 0 or r + m > se[1]:
        return -1
    return r


def str_rfind(s: str, sub: str, start: int = 0, end: int = INT_MAX) -> int:
    """s.rfind(sub[, start[, end]]) or -1."""
    n = len(s)
    se = _adjust(n, start, end)
    m = len(sub)
    if se[1] - se[0] < m:
        return -1
    i = se[1] - m
    while i >= se[0]:
        if _match_at(s, sub, i):
            return i
        i -= 1
    return -1


def str_index(s: str, sub: str, start: int = 0, end: int = INT_MAX) -> int:
    """s.index(sub); ValueError "substring not found"."""
    r = str_find(s, sub, start, end)
    if r < 0:
        raise ValueError("substring not found")
    return r


def str_rindex(s: str, sub: str, start: int = 0, end: int = INT_MAX) -> int:
    r = str_rfind(s, sub, start, end)
    if r < 0:
        raise ValueError("substring not found")
    return r


def str_contains(s: str, sub: str) -> bool:
    """sub in s."""
    return _prims.str_find(s, sub, 0) >= 0


def str_count(s: str, sub: str, start: int = 0, end: int = INT_MAX) -> int:
    """s.count(sub[, start[, end]]) (non-overlapping)."""
    n = len(s)
    se = _adjust(n, start, end)
    m = len(sub)
    if se[1] - se[0] < m:
        return 0
    if m == 0:
        return se[1] - se[0] + 1
    c = 0
    i = se[0]
    while True:
        r = _prims.str_find(s, sub, i)
        if r < 0 or r + m > se[1]:
            break
        c += 1
        i = r + m
    return c


def str_startswith(s: str, prefix: str, start: int = 0, end: int = INT_MAX) -> bool:
    n = len(s)
    se = _adjust(n, start, end)
    if se[0] > n:
        return False
    m = len(prefix)
    if se[1] - se[0] < m:
        return False
    return _match_at(s, prefix, se[0])


def str_endswith(s: str, suffix: str, start: int = 0, end: int = INT_MAX) -> bool:
    n = len(s)
    se = _adjust(n, start, end)
    if se[0] > n:
        return False
    m = len(suffix)
    if se[1] - se[0] < m:
        return False
    return _match_at(s, suffix, se[1] - m)


def str_startswith_any(s: str, prefixes: list[str], start: int = 0, end: int = INT_MAX) -> bool:
    """s.startswith((p1, p2, ...))."""
    for p in prefixes:
        if str_startswith(s, p, start, end):
            return True
    return False


def str_endswith_any(s: str, suffixes: list[str], start: int = 0, end: int = INT_MAX) -> bool:
    """s.endswith((p1, p2, ...))."""
    for p in suffixes:
        if str_endswith(s, p, start, end):
            return True
    return False


# ------------------------------------------------------------ stripping


def _in_chars(c: int, chars: str) -> bool:
    for k in range(len(chars)):
        if _prims.str_codeat(chars, k) == c:
            return True
    return False


def _strip_keep(c: int, chars: str | None) -> bool:
    """Whether code point c is stripped."""
    if chars is None:
        return char_isspace(c)
    return _in_chars(c, chars)


def str_strip(s: str, chars: str | None = None) -> str:
    n = len(s)
    a = 0
    while a < n and _strip_keep(_prims.str_codeat(s, a), chars):
        a += 1
    b = n
    while b > a and _strip_keep(_prims.str_codeat(s, b - 1), chars):
        b -= 1
    return _prims.str_slice(s, a, b)


def str_lstrip(s: str, chars: str | None = None) -> str:
    n = len(s)
    a = 0
    while a < n and _strip_keep(_prims.str_codeat(s, a), chars):
        a += 1
    return _prims.str_slice(s, a, n)


def str_rstrip(s: str, chars: str | None = None) -> str:
    b = len(s)
    while b > 0 and _strip_keep(_prims.str_codeat(s, b - 1), chars):
        b -= 1
    return _prims.str_slice(s, 0, b)


def str_removeprefix(s: str, prefix: str) -> str:
    if str_startswith(s, prefix):
        return _prims.str_slice(s, len(prefix), len(s))
    return s


def str_removesuffix(s: str, suffix: str) -> str:
    if len(suffix) > 0 and str_endswith(s, suffix):
        return _prims.str_slice(s, 0, len(s) - len(suffix))
    return s


# ------------------------------------------------------------ splitting


def str_split(s: str, sep: str | None = None, maxsplit: int = -1) -> list[str]:
    """s.split(sep, maxsplit); ValueError "empty separator"."""
    out: list[str] = []
    n = len(s)
    if maxsplit < 0:
        maxsplit = INT_MAX
    if sep is None:
        i = 0
        while True:
            while i < n and char_isspace(_prims.str_codeat(s, i)):
                i += 1
            if i >= n:
                break
            if maxsplit == 0:
                out.append(_prims.str_slice(s, i, n))
                break
            j = i
            while j < n and not char_isspace(_prims.str_codeat(s, j)):
                j += 1
            out.append(_prims.str_slice(s, i, j))
            maxsplit -= 1
            i = j
        return out
    m = len(sep)
    if m == 0:
        raise ValueError("empty separator")
    i = 0
    while maxsplit > 0:
        r = _prims.str_find(s, sep, i)
        if r < 0:
            break
        out.append(_prims.str_slice(s, i, r))
        i = r + m
        maxsplit -= 1
    out.append(_prims.str_slice(s, i, n))
    return out


def str_rsplit(s: str, sep: str | None = None, maxsplit: int = -1) -> list[str]:
    """s.rsplit(sep, maxsplit)."""
    rev: list[str] = []
    n = len(s)
    if maxsplit < 0:
        maxsplit = INT_MAX
    if sep is None:
        j = n
        while True:
            while j > 0 and char_isspace(_prims.str_codeat(s, j - 1)):
                j -= 1
            if j <= 0:
                break
            if maxsplit == 0:
                rev.append(_prims.str_slice(s, 0, j))
                break
            i = j
            while i > 0 and not char_isspace(_prims.str_codeat(s, i - 1)):
                i -= 1
            rev.append(_prims.str_slice(s, i, j))
            maxsplit -= 1
            j = i
    else:
        m = len(sep)
        if m == 0:
            raise ValueError("empty separator")
        j = n
        while maxsplit > 0:
            r = str_rfind(s, sep, 0, j)
            if r < 0:
                break
            rev.append(_prims.str_slice(s, r + m, j))
            j = r
            maxsplit -= 1
        rev.append(_prims.str_slice(s, 0, j))
    out: list[str] = []
    k = len(rev) - 1
    while k >= 0:
        out.append(rev[k])
        k -= 1
    return out


def _is_linebreak(c: int) -> bool:
    return (c >= 10 and c <= 13) or (c >= 28 and c <= 30) or c == 0x85 or c == 0x2028 or c == 0x2029


def str_splitlines(s: str, keepends: bool = False) -> list[str]:
    out: list[str] = []
    n = len(s)
    i = 0
    while i < n:
        j = i
        while j < n and not _is_linebreak(_prims.str_codeat(s, j)):
            j += 1
        eol = j
        if j < n:
            if _prims.str_codeat(s, j) == 13 and j + 1 < n and _prims.str_codeat(s, j + 1) == 10:
                j += 2
            else:
                j += 1
        if keepends:
            eol = j
        out.append(_prims.str_slice(s, i, eol))
        i = j
    return out


def str_partition(s: str, sep: str) -> tuple[str, str, str]:
    """s.partition(sep)."""
    if len(sep) == 0:
        raise ValueError("empty separator")
    r = _prims.str_find(s, sep, 0)
    if r < 0:
        return (s, "", "")
    return (_prims.str_slice(s, 0, r), sep, _prims.str_slice(s, r + len(sep), len(s)))


def str_rpartition(s: str, sep: str) -> tuple[str, str, str]:
    if len(sep) == 0:
        raise ValueError("empty separator")
    r = str_rfind(s, sep)
    if r < 0:
        return ("", "", s)
    return (_prims.str_slice(s, 0, r), sep, _prims.str_slice(s, r + len(sep), len(s)))


def str_join(sep: str, items: list[str]) -> str:
    """sep.join(items)."""
    return _prims.str_join(sep, items)


def str_replace(s: str, old: str, new: str, count: int = -1) -> str:
    """s.replace(old, new[, count])."""
    if count < 0:
        count = INT_MAX
    n = len(s)
    m = len(old)
    parts: list[str] = []
    if m == 0:
        # new before every character and at the end
        i = 0
        while i <= n and count > 0:
            parts.append(new)
            if i < n:
                parts.append(_prims.str_get(s, i))
            i += 1
            count -= 1
        if i <= n:
            parts.append(_prims.str_slice(s, i, n))
        return _prims.str_join("", parts)
    i = 0
    while count > 0:
        r = _prims.str_find(s, old, i)
        if r < 0:
            break
        parts.append(_prims.str_slice(s, i, r))
        parts.append(new)
        i = r + m
        count -= 1
    if i == 0:
        return s
    parts.append(_prims.str_slice(s, i, n))
    return _prims.str_join("", parts)


# ------------------------------------------------------------ padding


def _check_fill(fillchar: str) -> int:
    if len(fillchar) != 1:
        raise TypeError("The fill character must be exactly one character long")
    return _prims.str_codeat(fillchar, 0)


def str_repeat(s: str, n: int) -> str:
    """s * n ("" for n <= 0); CPython's OverflowError when the length
    does not fit (before building anything)."""
    if n <= 0 or len(s) == 0:
        return ""
    if len(s) > INT_MAX // n:
        raise OverflowError("repeated string is too long")
    parts: list[str] = []
    for k in range(n):
        parts.append(s)
    return _prims.str_join("", parts)


def str_ljust(s: str, width: int, fillchar: str = " ") -> str:
    _check_fill(fillchar)
    pad = width - len(s)
    if pad <= 0:
        return s
    return s + str_repeat(fillchar, pad)


def str_rjust(s: str, width: int, fillchar: str = " ") -> str:
    _check_fill(fillchar)
    pad = width - len(s)
    if pad <= 0:
        return s
    return str_repeat(fillchar, pad) + s


def str_center(s: str, width: int, fillchar: str = " ") -> str:
    _check_fill(fillchar)
    pad = width - len(s)
    if pad <= 0:
        return s
    left = pad // 2 + (pad & width & 1)
    return str_repeat(fillchar, left) + s + str_repeat(fillchar, pad - left)


def str_zfill(s: str, width: int) -> str:
    n = len(s)
    if n >= width:
        return s
    pad = width - n
    if n > 0:
        c = _prims.str_codeat(s, 0)
        if c == 43 or c == 45:
            return chr(c) + str_repeat("0", pad) + _prims.str_slice(s, 1, n)
    return str_repeat("0", pad) + s


# ------------------------------------------------------------ case


def str_upper(s: str) -> str:
    n = len(s)
    parts: list[str] = []
    for i in range(n):
        parts.append(char_upper(_prims.str_codeat(s, i)))
    return _prims.str_join("", parts)


def str_lower(s: str) -> str:
    n = len(s)
    parts: list[str] = []
    for i in range(n):
        parts.append(lower_at(s, i))
    return _prims.str_join("", parts)


def str_casefold(s: str) -> str:
    """Full case folding (no context: a capital sigma folds to the medial
    form, as CPython does)."""
    n = len(s)
    parts: list[str] = []
    for i in range(n):
        parts.append(char_casefold(_prims.str_codeat(s, i)))
    return _prims.str_join("", parts)


def str_expandtabs(s: str, tabsize: int = 8) -> str:
    """Tabs replaced by spaces up to the next multiple of `tabsize`
    (columns restart after newline and carriage return)."""
    parts: list[str] = []
    col = 0
    n = len(s)
    for i in range(n):
        c = _prims.str_codeat(s, i)
        if c == 9:
            if tabsize > 0:
                pad = tabsize - col % tabsize
                parts.append(str_repeat(" ", pad))
                col += pad
        elif c == 10 or c == 13:
            parts.append(chr(c))
            col = 0
        else:
            parts.append(chr(c))
            col += 1
    return _prims.str_join("", parts)


def str_capitalize(s: str) -> str:
    """First character titlecased, the rest lowercased (CPython >= 3.8)."""
    n = len(s)
    if n == 0:
        return s
    parts: list[str] = [char_title(_prims.str_codeat(s, 0))]
    for i in range(1, n):
        parts.append(lower_at(s, i))
    return _prims.str_join("", parts)


def str_title(s: str) -> str:
    n = len(s)
    parts: list[str] = []
    prev_cased = False
    for i in range(n):
        c = _prims.str_codeat(s, i)
        if prev_cased:
            parts.append(lower_at(s, i))
        else:
            parts.append(char_title(c))
        prev_cased = _char_cased(c)
    return _prims.str_join("", parts)


def str_swapcase(s: str) -> str:
    n = len(s)
    parts: list[str] = []
    for i in range(n):
        c = _prims.str_codeat(s, i)
        if char_isupper(c):
            parts.append(lower_at(s, i))
        elif char_islower(c):
            parts.append(char_upper(c))
        else:
            parts.append(chr(c))
    return _prims.str_join("", parts)


# ------------------------------------------------------------ predicates


def str_isspace(s: str) -> bool:
    n = len(s)
    if n == 0:
        return False
    for i in range(n):
        if not char_isspace(_prims.str_codeat(s, i)):
            return False
    return True


def str_isalpha(s: str) -> bool:
    n = len(s)
    if n == 0:
        return False
    for i in range(n):
        if not char_isalpha(_prims.str_codeat(s, i)):
            return False
    return True


def str_isalnum(s: str) -> bool:
    n = len(s)
    if n == 0:
        return False
    for i in range(n):
        if not char_isalnum(_prims.str_codeat(s, i)):
            return False
    return True


def str_isdigit(s: str) -> bool:
    n = len(s)
    if n == 0:
        return False
    for i in range(n):
        if not char_isdigit(_prims.str_codeat(s, i)):
            return False
    return True


def str_isdecimal(s: str) -> bool:
    n = len(s)
    if n == 0:
        return False
    for i in range(n):
        if not char_isdecimal(_prims.str_codeat(s, i)):
            return False
    return True


def str_isnumeric(s: str) -> bool:
    n = len(s)
    if n == 0:
        return False
    for i in range(n):
        if not char_isnumeric(_prims.str_codeat(s, i)):
            return False
    return True


def str_isprintable(s: str) -> bool:
    for i in range(len(s)):
        if not char_isprintable(_prims.str_codeat(s, i)):
            return False
    return True


def str_isascii(s: str) -> bool:
    for i in range(len(s)):
        if _prims.str_codeat(s, i) >= 128:
            return False
    return True


def str_isupper(s: str) -> bool:
    cased = False
    for i in range(len(s)):
        c = _prims.str_codeat(s, i)
        if char_islower(c) or char_istitle(c):
            return False
        if not cased and char_isupper(c):
            cased = True
    return cased


def str_islower(s: str) -> bool:
    cased = False
    for i in range(len(s)):
        c = _prims.str_codeat(s, i)
        if char_isupper(c) or char_istitle(c):
            return False
        if not cased and char_islower(c):
            cased = True
    return cased


def str_istitle(s: str) -> bool:
    cased = False
    prev_cased = False
    for i in range(len(s)):
        c = _prims.str_codeat(s, i)
        if char_isupper(c) or char_istitle(c):
            if prev_cased:
                return False
            prev_cased = True
            cased = True
        elif char_islower(c):
            if not prev_cased:
                return False
            prev_cased = True
            cased = True
        else:
            prev_cased = False
    return cased


def str_isidentifier(s: str) -> bool:
    """CPython's rule: XID_Start or '_' first, XID_Continue after (tables
    generated from CPython's own answers, so exact for every code point)."""
    n = len(s)
    if n == 0:
        return False
    c = _prims.str_codeat(s, 0)
    if c < 128:
        if not (c == 95 or char_isalpha(c)):
            return False
    elif not char_isidstart(c):
        return False
    for i in range(1, n):
        c = _prims.str_codeat(s, i)
        if c < 128:
            if not (c == 95 or char_isalnum(c)):
                return False
        elif not char_isidcontinue(c):
            return False
    return True


# ------------------------------------------------------------ comparison, slicing


def str_lt(a: str, b: str) -> bool:
    return _prims.str_cmp(a, b) < 0


def str_le(a: str, b: str) -> bool:
    return _prims.str_cmp(a, b) <= 0


def str_gt(a: str, b: str) -> bool:
    return _prims.str_cmp(a, b) > 0


def str_ge(a: str, b: str) -> bool:
    return _prims.str_cmp(a, b) >= 0


def str_getslice(s: str, start: int, stop: int, step: int, has_start: bool, has_stop: bool) -> str:
    """s[start:stop:step] (has_* False for an omitted bound)."""
    t = slice_indices(len(s), start, stop, step, has_start, has_stop)
    if t[2] == 1:
        return _prims.str_slice(s, t[0], t[0] + t[3])
    parts: list[str] = []
    for k in range(t[3]):
        # Not i += step: one step past the last item may overflow.
        parts.append(_prims.str_get(s, t[0] + k * t[2]))
    return _prims.str_join("", parts)


def str_chars(s: str) -> list[str]:
    """list(s)."""
    out: list[str] = []
    for i in range(len(s)):
        out.append(_prims.str_get(s, i))
    return out


# ------------------------------------------------------------ encodings


def _hex2(b: int) -> str:
    h = "0123456789abcdef"
    return _prims.str_get(h, b >> 4) + _prims.str_get(h, b & 15)


# CPython's names of the three supported codecs, in the normal form below.
_UTF8_NAMES = ["utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001"]
_ASCII_NAMES = ["ascii", "646", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367",
                "csascii", "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us", "us_ascii"]
_LATIN1_NAMES = ["latin_1", "latin1", "latin", "l1", "8859", "cp819", "csisolatin1", "ibm819",
                 "iso8859", "iso8859_1", "iso_8859_1", "iso_8859_1_1987", "iso_ir_100"]


def _norm_encoding(encoding: str) -> str:
    """The codec an encoding name selects, as CPython's lookup: lower
    case, each run of characters other than letters, digits and '.' one
    '_' (none at the ends), then the codec's aliases."""
    parts: list[str] = []
    gap = False
    for ch in str_lower(encoding):
        if str_isalnum(ch) or ch == ".":
            if gap and len(parts) > 0:
                parts.append("_")
            parts.append(ch)
            gap = False
        else:
            gap = True
    e = _prims.str_join("", parts)
    if list_contains(_UTF8_NAMES, e):
        return "utf-8"
    if list_contains(_ASCII_NAMES, e):
        return "ascii"
    if list_contains(_LATIN1_NAMES, e):
        return "latin-1"
    raise LookupError("unknown encoding: " + encoding)


def _encode_error(errors: str, enc: str, s: str, i: int, j: int, reason: str) -> bytes:
    """What the error handler `errors` puts for s[i:j], which `enc` cannot
    encode (CPython's handlers; the error is raised when the handler
    cannot help, an unknown handler is a LookupError)."""
    if errors == "strict":
        raise UnicodeEncodeError(enc, s, i, j, reason)
    if errors == "ignore":
        return b""
    out: list[int] = []
    for k in range(i, j):
        c = _prims.str_codeat(s, k)
        if errors == "replace":
            out.append(63)
        elif errors == "backslashreplace":
            for ch in _char_escape(c):
                out.append(_prims.str_codeat(ch, 0))
        elif errors == "xmlcharrefreplace":
            for ch in "&#" + str(c) + ";":
                out.append(_prims.str_codeat(ch, 0))
        elif errors == "surrogateescape":
            if c < 0xDC80 or c > 0xDCFF:
                # CPython escapes what it can, then reports the rest.
                raise UnicodeEncodeError(enc, s, k, j, reason)
            out.append(c - 0xDC00)
        else:
            raise LookupError("unknown error handler name '" + errors + "'")
    return _prims.bytes_fromlist(out)


def _decode_error(errors: str, enc: str, b: bytes, i: int, j: int, reason: str) -> str:
    """What the error handler `errors` puts for b[i:j], which `enc` cannot
    decode."""
    if errors == "strict":
        raise UnicodeDecodeError(enc, b, i, j, reason)
    if errors == "ignore":
        return ""
    if errors == "replace":
        return chr(0xFFFD)
    parts: list[str] = []
    for k in range(i, j):
        c = _prims.bytes_get(b, k)
        if errors == "backslashreplace":
            parts.append("\\x" + _hex2(c))
        elif errors == "surrogateescape":
            if c < 128:
                raise UnicodeDecodeError(enc, b, i, j, reason)
            parts.append(chr(0xDC00 + c))
        else:
            raise LookupError("unknown error handler name '" + errors + "'")
    return _prims.str_join("", parts)


def unicode_decode_error_message(encoding: str, obj: bytes, start: int, end: int, reason: str) -> str:
    """str(UnicodeDecodeError(encoding, obj, start, end, reason))."""
    if end == start + 1:
        return "'" + encoding + "' codec can't decode byte 0x" + _hex2(_prims.bytes_get(obj, start)) + " in position " + str(start) + ": " + reason
    return "'" + encoding + "' codec can't decode bytes in position " + str(start) + "-" + str(end - 1) + ": " + reason


def _char_escape(c: int) -> str:
    """The backslash escape of a code point: \\xNN, \\uNNNN or \\UNNNNNNNN."""
    if c <= 0xFF:
        return "\\x" + _hex2(c)
    if c <= 0xFFFF:
        return "\\u" + _hex2(c >> 8) + _hex2(c & 255)
    return "\\U" + _hex2(c >> 24) + _hex2((c >> 16) & 255) + _hex2((c >> 8) & 255) + _hex2(c & 255)


def unicode_encode_error_message(encoding: str, obj: str, start: int, end: int, reason: str) -> str:
    """str(UnicodeEncodeError(encoding, obj, start, end, reason))."""
    if end == start + 1:
        c = _prims.str_codeat(obj, start)
        esc = _char_escape(c)
        return "'" + encoding + "' codec can't encode character '" + esc + "' in position " + str(start) + ": " + reason
    return "'" + encoding + "' codec can't encode characters in position " + str(start) + "-" + str(end - 1) + ": " + reason


def str_encode(s: str, encoding: str = "utf-8", errors: str = "strict") -> bytes:
    """s.encode(encoding, errors) for utf-8, ascii, latin-1; errors
    strict, ignore, replace, backslashreplace, xmlcharrefreplace,
    surrogateescape."""
    enc = _norm_encoding(encoding)
    if enc == "utf-8":
        if errors == "strict":
            try:
                return _prims.str_encode_utf8(s)
            except UnicodeEncodeError:
                pass
            # Lone surrogates: CPython's error covers the whole run of them
            # and shows the five arguments in repr(e).
            i = 0
            while i < len(s) and not _is_surrogate(_prims.str_codeat(s, i)):
                i += 1
            j = i + 1
            while j < len(s) and _is_surrogate(_prims.str_codeat(s, j)):
                j += 1
            raise UnicodeEncodeError("utf-8", s, i, j, "surrogates not allowed")
        return _encode_utf8_lenient(s, errors)
    limit = 128
    if enc == "latin-1":
        limit = 256
    out: list[int] = []
    n = len(s)
    i = 0
    while i < n:
        c = _prims.str_codeat(s, i)
        if c < limit:
            out.append(c)
            i += 1
            continue
        j = i + 1
        while j < n and _prims.str_codeat(s, j) >= limit:
            j += 1
        reason = "ordinal not in range(128)"
        if limit == 256:
            reason = "ordinal not in range(256)"
        put = _encode_error(errors, enc, s, i, j, reason)
        for k in range(_prims.bytes_len(put)):
            out.append(_prims.bytes_get(put, k))
        i = j
    return _prims.bytes_fromlist(out)


def _is_surrogate(c: int) -> bool:
    return c >= 0xD800 and c <= 0xDFFF


def _encode_utf8_lenient(s: str, errors: str) -> bytes:
    """UTF-8 with each run of lone surrogates given to the error handler."""
    out = b""
    n = len(s)
    start = 0
    i = 0
    while i < n:
        if _is_surrogate(_prims.str_codeat(s, i)):
            j = i + 1
            while j < n and _is_surrogate(_prims.str_codeat(s, j)):
                j += 1
            out = _prims.bytes_concat(out, _prims.str_encode_utf8(_prims.str_slice(s, start, i)))
            out = _prims.bytes_concat(out, _encode_error(errors, "utf-8", s, i, j, "surrogates not allowed"))
            start = j
            i = j
            continue
        i += 1
    return _prims.bytes_concat(out, _prims.str_encode_utf8(_prims.str_slice(s, start, n)))


def _utf8_error(b: bytes, i: int, n: int) -> list[int]:
    """At an invalid or truncated sequence starting at i: [end, kind]
    (kind 0 invalid start byte, 1 invalid continuation byte, 2 unexpected
    end of data); [i + len, -1] for a valid sequence of that length."""
    c = _prims.bytes_get(b, i)
    if c < 0x80:
        return [i + 1, -1]
    need = 0
    lo = 0x80
    hi = 0xBF
    if c >= 0xC2 and c <= 0xDF:
        need = 1
    elif c >= 0xE0 and c <= 0xEF:
        need = 2
        if c == 0xE0:
            lo = 0xA0
        elif c == 0xED:
            hi = 0x9F
    elif c >= 0xF0 and c <= 0xF4:
        need = 3
        if c == 0xF0:
            lo = 0x90
        elif c == 0xF4:
            hi = 0x8F
    else:
        return [i + 1, 0]
    for k in range(1, need + 1):
        if i + k >= n:
            return [n, 2]
        d = _prims.bytes_get(b, i + k)
        if k == 1:
            if d < lo or d > hi:
                return [i + 1, 1]
        elif d < 0x80 or d > 0xBF:
            return [i + k, 1]
    return [i + need + 1, -1]


def bytes_decode(b: bytes, encoding: str = "utf-8", errors: str = "strict") -> str:
    """b.decode(encoding, errors) for utf-8, ascii, latin-1; errors
    strict (CPython's UnicodeDecodeError), ignore, replace,
    backslashreplace, surrogateescape."""
    enc = _norm_encoding(encoding)
    n = _prims.bytes_len(b)
    if enc == "latin-1":
        parts: list[str] = []
        for i in range(n):
            parts.append(chr(_prims.bytes_get(b, i)))
        return _prims.str_join("", parts)
    if enc == "ascii":
        aparts: list[str] = []
        for i in range(n):
            c = _prims.bytes_get(b, i)
            if c >= 128:
                aparts.append(_decode_error(errors, "ascii", b, i, i + 1, "ordinal not in range(128)"))
                continue
            aparts.append(chr(c))
        return _prims.str_join("", aparts)
    # utf-8: validate, then decode valid runs with the primitive
    out: list[str] = []
    i = 0
    run = 0
    while i < n:
        if _prims.bytes_get(b, i) < 0x80:
            i += 1
            continue
        r = _utf8_error(b, i, n)
        if r[1] < 0:
            i = r[0]
            continue
        reason = "invalid start byte"
        if r[1] == 1:
            reason = "invalid continuation byte"
        elif r[1] == 2:
            reason = "unexpected end of data"
        put = _decode_error(errors, "utf-8", b, i, r[0], reason)
        out.append(_prims.bytes_decode_utf8(_prims.bytes_slice(b, run, i)))
        out.append(put)
        i = r[0]
        run = i
    if run == 0:
        return _prims.bytes_decode_utf8(b)
    out.append(_prims.bytes_decode_utf8(_prims.bytes_slice(b, run, n)))
    return _prims.str_join("", out)


# ------------------------------------------------------------ bytes


def bytes_getslice(b: bytes, start: int, stop: int, step: int, has_start: bool, has_stop: bool) -> bytes:
    """b[start:stop:step]."""
    t = slice_indices(_prims.bytes_len(b), start, stop, step, has_start, has_stop)
    if t[2] == 1:
        return _prims.bytes_slice(b, t[0], t[0] + t[3])
    out: list[int] = []
    for k in range(t[3]):
        # Not i += step: one step past the last item may overflow.
        out.append(_prims.bytes_get(b, t[0] + k * t[2]))
    return _prims.bytes_fromlist(out)


def bytes_find(b: bytes, sub: bytes, start: int = 0) -> int:
    """b.find(sub[, start]) or -1."""
    n = _prims.bytes_len(b)
    m = _prims.bytes_len(sub)
    se = _adjust(n, start, n)
    i = se[0]
    while i + m <= n:
        ok = True
        for k in range(m):
            if _prims.bytes_get(b, i + k) != _prims.bytes_get(sub, k):
                ok = False
                break
        if ok:
            return i
        i += 1
    return -1


def bytes_contains(b: bytes, sub: bytes) -> bool:
    return bytes_find(b, sub) >= 0


def bytes_contains_int(b: bytes, x: int) -> bool:
    """x in b for an int x; ValueError "byte must be in range(0, 256)"."""
    if x < 0 or x > 255:
        raise ValueError("byte must be in range(0, 256)")
    for i in range(_prims.bytes_len(b)):
        if _prims.bytes_get(b, i) == x:
            return True
    return False


def bytes_repeat(b: bytes, n: int) -> bytes:
    if n <= 0 or _prims.bytes_len(b) == 0:
        return b""
    if _prims.bytes_len(b) > INT_MAX // n:
        raise OverflowError("repeated bytes are too long")
    # Doubling: O(len(result)) bytes copied in all, not O(n * len(result)).
    total = _prims.bytes_len(b) * n
    out = b
    while _prims.bytes_len(out) <= total - _prims.bytes_len(out):
        out = _prims.bytes_concat(out, out)
    rest = total - _prims.bytes_len(out)
    if rest > 0:
        out = _prims.bytes_concat(out, _prims.bytes_slice(out, 0, rest))
    return out


def bytes_lt(a: bytes, b: bytes) -> bool:
    return _bytes_cmp(a, b) < 0


def bytes_le(a: bytes, b: bytes) -> bool:
    return _bytes_cmp(a, b) <= 0


def _bytes_cmp(a: bytes, b: bytes) -> int:
    n = _prims.bytes_len(a)
    m = _prims.bytes_len(b)
    i = 0
    while i < n and i < m:
        x = _prims.bytes_get(a, i)
        y = _prims.bytes_get(b, i)
        if x != y:
            if x < y:
                return -1
            return 1
        i += 1
    if n < m:
        return -1
    if n > m:
        return 1
    return 0


def bytes_join(sep: bytes, items: list[bytes]) -> bytes:
    """sep.join(items), in time linear in the result."""
    out: list[int] = []
    m = _prims.bytes_len(sep)
    for k in range(len(items)):
        if k > 0:
            for i in range(m):
                out.append(_prims.bytes_get(sep, i))
        it = items[k]
        for i in range(_prims.bytes_len(it)):
            out.append(_prims.bytes_get(it, i))
    return _prims.bytes_fromlist(out)


def bytes_hex(b: bytes) -> str:
    """b.hex(): two lowercase hex digits per byte."""
    parts: list[str] = []
    for i in range(_prims.bytes_len(b)):
        x = _prims.bytes_get(b, i)
        parts.append(_prims.str_get(_HEXDIGITS, x >> 4))
        parts.append(_prims.str_get(_HEXDIGITS, x & 15))
    return _prims.str_join("", parts)


_HEXDIGITS: str = "0123456789abcdef"


def bytes_list(b: bytes) -> list[int]:
    """list(b)."""
    out: list[int] = []
    for i in range(_prims.bytes_len(b)):
        out.append(_prims.bytes_get(b, i))
    return out
