"""int and bool. Small ints are host 64-bit ints; results that overflow go
to W_LongObject (longobject.py, backed by rlib/rbigint.py)."""

from interpreter.objspace.root import W_Root, T_INT, T_BOOL


class W_IntObject(W_Root):
    def __init__(self, intval: int) -> None:
        self.intval: int = intval

    def type_name(self) -> str:
        return "int"

    def type_index(self) -> int:
        return T_INT


class W_BoolObject(W_IntObject):
    """bool is a subclass of int: intval is 0 or 1."""

    def __init__(self, value: bool) -> None:
        W_IntObject.__init__(self, 1 if value else 0)
        self.boolval: bool = value

    def type_name(self) -> str:
        return "bool"

    def type_index(self) -> int:
        return T_BOOL


HASH_MODULUS = (1 << 61) - 1


def hash_int(x: int) -> int:
    """CPython's hash of an int that fits in 64 bits."""
    if x >= 0:
        h = x % HASH_MODULUS
    else:
        # -(x + 1) cannot overflow, even for -2**63
        h = -(((-(x + 1)) % HASH_MODULUS + 1) % HASH_MODULUS)
    if h == -1:
        h = -2
    return h
