"""None, NotImplemented, Ellipsis."""

from interpreter.objspace.root import W_Root, T_NONE, T_NOTIMPLEMENTED, T_ELLIPSIS


class W_NoneObject(W_Root):
    def type_name(self) -> str:
        return "NoneType"

    def type_index(self) -> int:
        return T_NONE


class W_NotImplementedObject(W_Root):
    def type_name(self) -> str:
        return "NotImplementedType"

    def type_index(self) -> int:
        return T_NOTIMPLEMENTED


class W_EllipsisObject(W_Root):
    def type_name(self) -> str:
        return "ellipsis"

    def type_index(self) -> int:
        return T_ELLIPSIS
