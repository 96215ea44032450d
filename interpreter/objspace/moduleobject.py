"""module."""

from interpreter.objspace.root import W_Root, T_MODULE
from interpreter.objspace.dictobject import W_DictObject, wrap_strdict


class W_Module(W_Root):
    def __init__(self, name: str, w_dict: dict[str, W_Root]) -> None:
        self.name: str = name
        self.w_dict: dict[str, W_Root] = w_dict
        # the module's __dict__ (= its globals()), created on first use; from
        # then on, w_dict is its str mirror and writes must go through it
        self.w_dictobj: W_DictObject | None = None

    def get_dictobj(self) -> W_DictObject:
        w_d = self.w_dictobj
        if w_d is None:
            w_d = wrap_strdict(self.w_dict)
            self.w_dictobj = w_d
        return w_d

    def set_item(self, name: str, w_value: W_Root) -> None:
        w_d = self.w_dictobj
        if w_d is None:
            self.w_dict[name] = w_value
            return
        w_d.storage.set_str(name, w_value)

    def del_item(self, name: str) -> bool:
        if name not in self.w_dict:
            return False
        w_d = self.w_dictobj
        if w_d is None:
            del self.w_dict[name]
            return True
        w_d.storage.del_str(name)
        return True

    def type_name(self) -> str:
        return "module"

    def type_index(self) -> int:
        return T_MODULE
