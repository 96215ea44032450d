"""bytes."""

from interpreter.objspace.root import W_Root, T_BYTES


class W_BytesObject(W_Root):
    def __init__(self, value: bytes) -> None:
        self.value: bytes = value

    def type_name(self) -> str:
        return "bytes"

    def type_index(self) -> int:
        return T_BYTES


_HEX = "0123456789abcdef"


def bytes_repr(b: bytes) -> str:
    quote = "'"
    if 39 in b and 34 not in b:
        quote = '"'
    parts: list[str] = ["b", quote]
    for c in b:
        if c == ord(quote) or c == 92:
            parts.append("\\" + chr(c))
        elif c == 10:
            parts.append("\\n")
        elif c == 13:
            parts.append("\\r")
        elif c == 9:
            parts.append("\\t")
        elif c < 32 or c >= 127:
            parts.append("\\x" + _HEX[c >> 4] + _HEX[c & 15])
        else:
            parts.append(chr(c))
    parts.append(quote)
    return "".join(parts)
