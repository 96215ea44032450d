"""str."""

from interpreter.objspace.root import W_Root, T_STR


class W_StrObject(W_Root):
    def __init__(self, value: str) -> None:
        self.value: str = value

    def type_name(self) -> str:
        return "str"

    def type_index(self) -> int:
        return T_STR


def _is_printable(c: str) -> bool:
    """Py_UNICODE_ISPRINTABLE, as repr uses it (the Unicode database's
    str.isprintable; ASCII answered here)."""
    cp = ord(c)
    if cp < 0x7F:
        return cp >= 0x20
    return c.isprintable()


_HEX = "0123456789abcdef"


def _hexn(cp: int, n: int) -> str:
    out = ""
    i = 0
    while i < n:
        out = _HEX[cp & 15] + out
        cp = cp >> 4
        i += 1
    return out


def str_repr(s: str) -> str:
    quote = "'"
    if "'" in s and '"' not in s:
        quote = '"'
    parts: list[str] = [quote]
    for c in s:
        cp = ord(c)
        if c == quote or c == "\\":
            parts.append("\\" + c)
        elif c == "\n":
            parts.append("\\n")
        elif c == "\r":
            parts.append("\\r")
        elif c == "\t":
            parts.append("\\t")
        elif _is_printable(c):
            parts.append(c)
        elif cp < 0x100:
            parts.append("\\x" + _hexn(cp, 2))
        elif cp < 0x10000:
            parts.append("\\u" + _hexn(cp, 4))
        else:
            parts.append("\\U" + _hexn(cp, 8))
    parts.append(quote)
    return "".join(parts)
