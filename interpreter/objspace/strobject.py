"""str."""

from interpreter.objspace.root import W_Root, T_STR


class W_StrObject(W_Root):
    def __init__(self, value: str) -> None:
        self.value: str = value

    def type_name(self) -> str:
        return "str"

    def type_index(self) -> int:
        return T_STR


def _is_printable(cp: int) -> bool:
    # Approximation of str.isprintable for repr (exact for Latin-1 and most
    # of the BMP; TODO: use the Unicode tables of the prelude).
    if cp < 0x20 or cp == 0x7F:
        return False
    if 0x80 <= cp < 0xA0:
        return False
    if cp == 0xAD:
        return False
    if 0xD800 <= cp < 0xE000:
        return False
    if cp in (0x2028, 0x2029, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0xFEFF, 0x2060):
        return False
    return True


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
        elif _is_printable(cp):
            parts.append(c)
        elif cp < 0x100:
            parts.append("\\x" + _hexn(cp, 2))
        elif cp < 0x10000:
            parts.append("\\u" + _hexn(cp, 4))
        else:
            parts.append("\\U" + _hexn(cp, 8))
    parts.append(quote)
    return "".join(parts)
