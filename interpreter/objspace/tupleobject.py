"""tuple."""

from interpreter.objspace.root import W_Root, T_TUPLE


class W_TupleObject(W_Root):
    def __init__(self, items_w: list[W_Root]) -> None:
        self.items_w: list[W_Root] = items_w

    def type_name(self) -> str:
        return "tuple"

    def type_index(self) -> int:
        return T_TUPLE
