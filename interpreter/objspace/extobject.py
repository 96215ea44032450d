"""Builtin objects whose operations are the builtin methods found in their
type's dict (bytearray, memoryview, files): the Space dispatches to
`__len__`, `__getitem__`, `__iter__`, ... of the type for these, as it does
for instances of user classes (see Space.lookup_user). Their types are
appended to Space.types_by_index after the fixed T_* entries."""

from interpreter.objspace.root import W_Root, T_LAST

T_BYTEARRAY = T_LAST
T_MEMORYVIEW = T_LAST + 1
T_CALLITER = T_LAST + 2
T_TEXTFILE = T_LAST + 3
T_BUFFEREDREADER = T_LAST + 4
T_BUFFEREDWRITER = T_LAST + 5
T_BUFFEREDRANDOM = T_LAST + 6
T_EXT_END = T_LAST + 7


class W_ExtObject(W_Root):
    pass


class W_BytearrayObject(W_ExtObject):
    def __init__(self, data: list[int]) -> None:
        self.data: list[int] = data

    def type_name(self) -> str:
        return "bytearray"

    def type_index(self) -> int:
        return T_BYTEARRAY


class W_MemoryView(W_ExtObject):
    """A view of bytes (readonly) or of a bytearray: [start, start+length)
    with a step."""

    def __init__(self, w_obj: W_Root, start: int, length: int, step: int, readonly: bool) -> None:
        self.w_obj: W_Root = w_obj
        self.start: int = start
        self.length: int = length
        self.step: int = step
        self.readonly: bool = readonly
        self.released: bool = False

    def type_name(self) -> str:
        return "memoryview"

    def type_index(self) -> int:
        return T_MEMORYVIEW


class W_CallableIterator(W_ExtObject):
    """iter(callable, sentinel)."""

    def __init__(self, w_callable: W_Root, w_sentinel: W_Root) -> None:
        self.w_callable: W_Root = w_callable
        self.w_sentinel: W_Root = w_sentinel
        self.done: bool = False

    def type_name(self) -> str:
        return "callable_iterator"

    def type_index(self) -> int:
        return T_CALLITER
