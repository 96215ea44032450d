"""float."""

from interpreter.objspace.root import W_Root, T_FLOAT


class W_FloatObject(W_Root):
    def __init__(self, floatval: float) -> None:
        self.floatval: float = floatval

    def type_name(self) -> str:
        return "float"

    def type_index(self) -> int:
        return T_FLOAT


def float_repr(x: float) -> str:
    # The translator maps repr(float) to CPython-exact code (prelude
    # numeric.builtin_repr_float).
    return repr(x)
