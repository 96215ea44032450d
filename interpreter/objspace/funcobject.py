"""function, method, builtin_function_or_method, cell, staticmethod,
classmethod, property, super."""

from typing import Callable

from interpreter.objspace.root import (W_Root, Args, T_FUNCTION, T_METHOD,
                                       T_BUILTIN_FUNCTION, T_CELL, T_STATICMETHOD,
                                       T_CLASSMETHOD, T_PROPERTY, T_SUPER)
from interpreter.bytecode import CodeObject
from interpreter.objspace.typeobject import W_TypeObject
from interpreter.objspace.dictobject import W_DictObject


class W_Cell(W_Root):
    def __init__(self, w_value: W_Root | None) -> None:
        self.w_value: W_Root | None = w_value

    def type_name(self) -> str:
        return "cell"

    def type_index(self) -> int:
        return T_CELL


class W_Function(W_Root):
    def __init__(self, code: CodeObject, w_globals: W_DictObject, name: str,
                 qualname: str, defaults_w: list[W_Root], kwdefaults_w: dict[str, W_Root],
                 closure: list[W_Cell]) -> None:
        self.code: CodeObject = code
        self.w_globals: W_DictObject = w_globals
        self.name: str = name
        self.qualname: str = qualname
        self.defaults_w: list[W_Root] = defaults_w
        self.kwdefaults_w: dict[str, W_Root] = kwdefaults_w
        self.closure: list[W_Cell] = closure
        self.attrs_w: dict[str, W_Root] = {}
        self.module: str = "__main__"

    def type_name(self) -> str:
        return "function"

    def type_index(self) -> int:
        return T_FUNCTION


class W_Method(W_Root):
    """A bound method: a callable with its first argument fixed."""

    def __init__(self, w_self: W_Root, w_func: W_Root) -> None:
        self.w_self: W_Root = w_self
        self.w_func: W_Root = w_func

    def type_name(self) -> str:
        if isinstance(self.w_func, W_BuiltinFunction):
            return "builtin_function_or_method"
        return "method"

    def type_index(self) -> int:
        if isinstance(self.w_func, W_BuiltinFunction):
            return T_BUILTIN_FUNCTION
        return T_METHOD


class W_BuiltinFunction(W_Root):
    """A function implemented by the VM: fn(space, args) -> result. When it
    is a method of a builtin type, args.args_w[0] is the receiver."""

    def __init__(self, name: str, fn: Callable[[W_Root, Args], W_Root], qualifier: str) -> None:
        self.name: str = name
        self.fn: Callable[[W_Root, Args], W_Root] = fn
        self.qualifier: str = qualifier   # owning type name for methods, "" for functions

    def type_name(self) -> str:
        if self.qualifier != "":
            return "method_descriptor"
        return "builtin_function_or_method"

    def type_index(self) -> int:
        return T_BUILTIN_FUNCTION


class W_StaticMethod(W_Root):
    def __init__(self, w_func: W_Root) -> None:
        self.w_func: W_Root = w_func

    def type_name(self) -> str:
        return "staticmethod"

    def type_index(self) -> int:
        return T_STATICMETHOD


class W_ClassMethod(W_Root):
    def __init__(self, w_func: W_Root) -> None:
        self.w_func: W_Root = w_func

    def type_name(self) -> str:
        return "classmethod"

    def type_index(self) -> int:
        return T_CLASSMETHOD


class W_Property(W_Root):
    def __init__(self, w_fget: W_Root | None, w_fset: W_Root | None, w_fdel: W_Root | None,
                 w_doc: W_Root | None) -> None:
        self.w_fget: W_Root | None = w_fget
        self.w_fset: W_Root | None = w_fset
        self.w_fdel: W_Root | None = w_fdel
        self.w_doc: W_Root | None = w_doc
        self.name: str = ""      # the attribute name (set when the class is created)

    def type_name(self) -> str:
        return "property"

    def type_index(self) -> int:
        return T_PROPERTY


class W_Super(W_Root):
    def __init__(self, w_starttype: W_TypeObject, w_obj: W_Root, w_objtype: W_TypeObject) -> None:
        self.w_starttype: W_TypeObject = w_starttype
        self.w_obj: W_Root = w_obj
        self.w_objtype: W_TypeObject = w_objtype

    def type_name(self) -> str:
        return "super"

    def type_index(self) -> int:
        return T_SUPER
