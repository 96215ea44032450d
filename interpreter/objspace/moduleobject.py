"""module."""

from interpreter.objspace.root import W_Root, T_MODULE


class W_Module(W_Root):
    def __init__(self, name: str, w_dict: dict[str, W_Root]) -> None:
        self.name: str = name
        self.w_dict: dict[str, W_Root] = w_dict

    def type_name(self) -> str:
        return "module"

    def type_index(self) -> int:
        return T_MODULE
