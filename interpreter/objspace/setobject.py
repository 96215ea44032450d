"""set and frozenset (storage shared with dict, values unused)."""

from interpreter.objspace.root import W_Root, T_SET, T_FROZENSET
from interpreter.objspace.dictobject import DictStorage


class W_SetObject(W_Root):
    def __init__(self, frozen: bool) -> None:
        self.storage: DictStorage = DictStorage()
        self.frozen: bool = frozen

    def type_name(self) -> str:
        return "frozenset" if self.frozen else "set"

    def type_index(self) -> int:
        return T_FROZENSET if self.frozen else T_SET
