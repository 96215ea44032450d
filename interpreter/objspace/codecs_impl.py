"""str.encode / bytes.decode for the codecs the VM has (utf-8, ascii,
latin-1, under CPython's names and aliases) and CPython's error handlers
strict, ignore, replace, backslashreplace, surrogateescape (both ways),
xmlcharrefreplace and surrogatepass (utf-8; encoding only). Strict
conversions use the host's codecs; the others walk the input here, so that
the untranslated and translated VMs agree. An unknown encoding is a
LookupError before anything is converted; an unknown error handler only
when an error occurs (as CPython)."""

from interpreter.objspace.root import OperationError
from interpreter.objspace.space import Space

_HEX = "0123456789abcdef"

_UTF8_NAMES = ["utf-8", "utf8", "u8", "utf", "utf8-ucs2", "utf8-ucs4", "cp65001"]
_ASCII_NAMES = ["ascii", "646", "ansi-x3.4-1968", "ansi-x3-4-1968", "ansi-x3.4-1986", "cp367", "csascii",
                "ibm367", "iso646-us", "iso-646.irv-1991", "iso-ir-6", "us", "us-ascii"]
_LATIN1_NAMES = ["latin-1", "latin1", "latin", "l1", "8859", "cp819", "csisolatin1", "ibm819", "iso8859",
                 "iso8859-1", "iso-8859-1", "iso-8859-1-1987", "iso-ir-100"]

_KNOWN_HANDLERS = ["strict", "ignore", "replace", "backslashreplace", "surrogateescape",
                   "xmlcharrefreplace", "namereplace", "surrogatepass"]


def _norm(name: str) -> str:
    """encodings.normalize_encoding, lower-cased, with '-' for '_'."""
    out: list[str] = []
    pending = False
    for c in name.lower():
        if c.isalnum() or c == ".":
            if pending and len(out) > 0:
                out.append("-")
            pending = False
            out.append(c)
        else:
            pending = True
    return "".join(out)


def codec_name(space: Space, encoding: str) -> str:
    """'utf-8', 'ascii' or 'latin-1'; LookupError for anything else."""
    n = _norm(encoding)
    if n in _UTF8_NAMES:
        return "utf-8"
    if n in _ASCII_NAMES:
        return "ascii"
    if n in _LATIN1_NAMES:
        return "latin-1"
    raise space.error(space.w_LookupError, "unknown encoding: " + encoding)


def _unknown_handler(space: Space, errors: str) -> OperationError:
    return space.error(space.w_LookupError, "unknown error handler name '" + errors + "'")


def _hex2(b: int) -> str:
    return _HEX[(b >> 4) & 15] + _HEX[b & 15]


def _escape_cp(c: int) -> str:
    if c <= 0xFF:
        return "\\x" + _hex2(c)
    if c <= 0xFFFF:
        return "\\u" + _hex2(c >> 8) + _hex2(c & 255)
    return "\\U" + _hex2(c >> 24) + _hex2((c >> 16) & 255) + _hex2((c >> 8) & 255) + _hex2(c & 255)


# ---------------------------------------------------------------- encode

def encode_error(space: Space, enc: str, s: str, start: int, end: int, reason: str) -> OperationError:
    if end == start + 1:
        msg = "'" + enc + "' codec can't encode character '" + _escape_cp(ord(s[start])) + \
            "' in position " + str(start) + ": " + reason
    else:
        msg = "'" + enc + "' codec can't encode characters in position " + str(start) + "-" + \
            str(end - 1) + ": " + reason
    return space.error(space.exc_types["UnicodeEncodeError"], msg)


def _encodable(enc: str, c: int) -> bool:
    if enc == "utf-8":
        return not (0xD800 <= c <= 0xDFFF)
    if enc == "ascii":
        return c < 128
    return c < 256


def _encode_ok(enc: str, s: str) -> bytes:
    if enc == "utf-8":
        return s.encode("utf-8")
    res: list[int] = []
    for c in s:
        res.append(ord(c))
    return bytes(res)


def encode(space: Space, s: str, encoding: str, errors: str) -> bytes:
    enc = codec_name(space, encoding)
    if errors == "strict":
        # the host's codec, with CPython's message
        n = len(s)
        i = 0
        while i < n and _encodable(enc, ord(s[i])):
            i += 1
        if i == n:
            return _encode_ok(enc, s)
    reason = "surrogates not allowed" if enc == "utf-8" else \
        ("ordinal not in range(128)" if enc == "ascii" else "ordinal not in range(256)")
    out: list[bytes] = []
    n = len(s)
    i = 0
    start = 0
    while i < n:
        if _encodable(enc, ord(s[i])):
            i += 1
            continue
        out.append(_encode_ok(enc, s[start:i]))
        j = i + 1
        while j < n and not _encodable(enc, ord(s[j])):
            j += 1
        if errors == "strict":
            raise encode_error(space, enc, s, i, j, reason)
        rep: list[int] = []
        k = i
        while k < j:
            c = ord(s[k])
            if errors == "ignore":
                pass
            elif errors == "replace":
                rep.append(63)
            elif errors == "backslashreplace":
                for ch in _escape_cp(c):
                    rep.append(ord(ch))
            elif errors == "xmlcharrefreplace":
                for ch in "&#" + str(c) + ";":
                    rep.append(ord(ch))
            elif errors == "surrogateescape":
                if not (0xDC80 <= c <= 0xDCFF):
                    raise encode_error(space, enc, s, k, j, reason)
                rep.append(c - 0xDC00)
            elif errors == "surrogatepass" and enc == "utf-8":
                rep.append(0xE0 | (c >> 12))
                rep.append(0x80 | ((c >> 6) & 0x3F))
                rep.append(0x80 | (c & 0x3F))
            elif errors in _KNOWN_HANDLERS:
                raise encode_error(space, enc, s, i, j, reason)
            else:
                raise _unknown_handler(space, errors)
            k += 1
        out.append(bytes(rep))
        i = j
        start = j
    out.append(_encode_ok(enc, s[start:n]))
    return b"".join(out)


def has_surrogate(s: str) -> bool:
    if s.isascii():
        # the common case, without a one-char string per character
        return False
    for c in s:
        cp = ord(c)
        if cp >= 0xD800 and cp <= 0xDFFF:
            return True
    return False


def write_stdout_checked(space: Space, s: str) -> None:
    """One write to sys.stdout, which CPython opens as UTF-8 with
    errors="surrogateescape": a surrogate outside U+DC80..U+DCFF raises
    its UnicodeEncodeError and nothing of s is written. The host's stdout
    (CPython's, or the translated runtime's) writes the others as the
    bytes 0x80..0xFF."""
    if has_surrogate(s):
        encode(space, s, "utf-8", "surrogateescape")
    space.write_stdout(s)


# ---------------------------------------------------------------- decode

def decode_error(space: Space, enc: str, b: bytes, start: int, end: int, reason: str) -> OperationError:
    if end == start + 1:
        msg = "'" + enc + "' codec can't decode byte 0x" + _hex2(b[start]) + " in position " + \
            str(start) + ": " + reason
    else:
        msg = "'" + enc + "' codec can't decode bytes in position " + str(start) + "-" + \
            str(end - 1) + ": " + reason
    return space.error(space.w_UnicodeDecodeError, msg)


def _utf8_span(b: bytes, i: int, n: int) -> tuple[int, int]:
    """At b[i] >= 0x80: (end, -1) for a valid sequence b[i:end], else the
    invalid part b[i:end] and its kind (0 invalid start byte, 1 invalid
    continuation byte, 2 unexpected end of data), as CPython's decoder."""
    c = b[i]
    need = 0
    lo = 0x80
    hi = 0xBF
    if 0xC2 <= c <= 0xDF:
        need = 1
    elif 0xE0 <= c <= 0xEF:
        need = 2
        if c == 0xE0:
            lo = 0xA0
        elif c == 0xED:
            hi = 0x9F
    elif 0xF0 <= c <= 0xF4:
        need = 3
        if c == 0xF0:
            lo = 0x90
        elif c == 0xF4:
            hi = 0x8F
    else:
        return (i + 1, 0)
    k = 1
    while k <= need:
        if i + k >= n:
            return (n, 2)
        d = b[i + k]
        if k == 1:
            if d < lo or d > hi:
                return (i + 1, 1)
        elif d < 0x80 or d > 0xBF:
            return (i + k, 1)
        k += 1
    return (i + need + 1, -1)


def _decode_ok(enc: str, b: bytes) -> str:
    if enc == "utf-8":
        return b.decode("utf-8")
    parts: list[str] = []
    for c in b:
        parts.append(chr(c))
    return "".join(parts)


def decode(space: Space, b: bytes, encoding: str, errors: str) -> str:
    if len(b) == 0:
        return ""    # CPython answers before looking the codec up
    enc = codec_name(space, encoding)
    if enc == "latin-1":
        return _decode_ok(enc, b)
    out: list[str] = []
    n = len(b)
    i = 0
    start = 0
    while i < n:
        if b[i] < 0x80:
            i += 1
            continue
        end = i + 1
        kind = 3
        if enc == "utf-8":
            end, kind = _utf8_span(b, i, n)
            if kind < 0:
                i = end
                continue
        out.append(_decode_ok(enc, b[start:i]))
        reason = "ordinal not in range(128)"
        if kind == 0:
            reason = "invalid start byte"
        elif kind == 1:
            reason = "invalid continuation byte"
        elif kind == 2:
            reason = "unexpected end of data"
        if errors == "ignore":
            pass
        elif errors == "replace":
            out.append("\ufffd")
        elif errors == "backslashreplace":
            k = i
            while k < end:
                out.append("\\x" + _hex2(b[k]))
                k += 1
        elif errors == "surrogateescape":
            k = i
            while k < end:
                out.append(chr(0xDC00 + b[k]))
                k += 1
        elif errors == "surrogatepass" and enc == "utf-8" and b[i] == 0xED and i + 2 < n and \
                0xA0 <= b[i + 1] <= 0xBF and 0x80 <= b[i + 2] <= 0xBF:
            out.append(chr(0xD000 | ((b[i + 1] & 0x3F) << 6) | (b[i + 2] & 0x3F)))
            end = i + 3
        elif errors == "xmlcharrefreplace" or errors == "namereplace":
            raise space.type_error("don't know how to handle UnicodeDecodeError in error callback")
        elif errors in _KNOWN_HANDLERS:
            raise decode_error(space, enc, b, i, end, reason)
        else:
            raise _unknown_handler(space, errors)
        i = end
        start = end
    if start == 0:
        return _decode_ok(enc, b)
    out.append(_decode_ok(enc, b[start:n]))
    return "".join(out)
