"""Python ints beyond 64 bits: W_LongObject wraps rlib.rbigint.rbigint.

Its type is `int` (type_index T_LONG maps to the int type object). The
Space keeps every int that fits in 64 bits as a W_IntObject (the fast
path); results that overflow are computed again with rbigint and
normalized back by Space.newlong()."""

from rlib.rbigint import rbigint

from interpreter.objspace.root import W_Root, T_LONG


class W_LongObject(W_Root):
    def __init__(self, num: rbigint) -> None:
        self.num: rbigint = num

    def type_name(self) -> str:
        return "int"

    def type_index(self) -> int:
        return T_LONG
