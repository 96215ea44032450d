"""range, slice, and the builtin iterators."""

from interpreter.objspace.root import (W_Root, T_RANGE, T_SLICE, T_ITERATOR, T_ENUMERATE,
                                       T_ZIP, T_MAP, T_FILTER, T_REVERSED)
from interpreter.objspace.dictobject import DictStorage


class W_RangeObject(W_Root):
    def __init__(self, start: int, stop: int, step: int) -> None:
        self.start: int = start
        self.stop: int = stop
        self.step: int = step

    def length(self) -> int:
        if self.step > 0:
            if self.start >= self.stop:
                return 0
            return (self.stop - self.start + self.step - 1) // self.step
        if self.start <= self.stop:
            return 0
        return (self.start - self.stop - self.step - 1) // (-self.step)

    def type_name(self) -> str:
        return "range"

    def type_index(self) -> int:
        return T_RANGE


class W_SliceObject(W_Root):
    def __init__(self, w_start: W_Root, w_stop: W_Root, w_step: W_Root) -> None:
        self.w_start: W_Root = w_start
        self.w_stop: W_Root = w_stop
        self.w_step: W_Root = w_step

    def type_name(self) -> str:
        return "slice"

    def type_index(self) -> int:
        return T_SLICE


class W_AbstractIterator(W_Root):
    def type_index(self) -> int:
        return T_ITERATOR


class W_SeqIterator(W_AbstractIterator):
    """Iterates a list or tuple (items read at each step: a list may grow)."""

    def __init__(self, items_w: list[W_Root], name: str) -> None:
        self.items_w: list[W_Root] = items_w
        self.index: int = 0
        self.name: str = name

    def type_name(self) -> str:
        return self.name


class W_ListIterator(W_AbstractIterator):
    def __init__(self, w_list: W_Root) -> None:
        self.w_list: W_Root = w_list
        self.index: int = 0

    def type_name(self) -> str:
        return "list_iterator"


class W_StrIterator(W_AbstractIterator):
    def __init__(self, value: str) -> None:
        self.value: str = value
        self.index: int = 0
        self.ascii: bool = value.isascii()

    def type_name(self) -> str:
        if self.ascii:
            return "str_ascii_iterator"
        return "str_iterator"


class W_BytesIterator(W_AbstractIterator):
    def __init__(self, value: bytes) -> None:
        self.value: bytes = value
        self.index: int = 0

    def type_name(self) -> str:
        return "bytes_iterator"


class W_RangeIterator(W_AbstractIterator):
    def __init__(self, current: int, remaining: int, step: int) -> None:
        self.current: int = current
        self.remaining: int = remaining
        self.step: int = step

    def type_name(self) -> str:
        return "range_iterator"


class W_DictIterator(W_AbstractIterator):
    """kind: 0 keys, 1 values, 2 items (dicts) ; sets use kind 0."""

    def __init__(self, storage: DictStorage, kind: int, name: str) -> None:
        self.storage: DictStorage = storage
        self.pos: int = 0
        self.kind: int = kind
        self.size0: int = storage.used
        self.name: str = name

    def type_name(self) -> str:
        return self.name


class W_Enumerate(W_Root):
    def __init__(self, w_iter: W_Root, start: int) -> None:
        self.w_iter: W_Root = w_iter
        self.index: int = start

    def type_name(self) -> str:
        return "enumerate"

    def type_index(self) -> int:
        return T_ENUMERATE


class W_Zip(W_Root):
    def __init__(self, iters_w: list[W_Root]) -> None:
        self.iters_w: list[W_Root] = iters_w
        self.strict: bool = False

    def type_name(self) -> str:
        return "zip"

    def type_index(self) -> int:
        return T_ZIP


class W_Map(W_Root):
    def __init__(self, w_func: W_Root, iters_w: list[W_Root]) -> None:
        self.w_func: W_Root = w_func
        self.iters_w: list[W_Root] = iters_w

    def type_name(self) -> str:
        return "map"

    def type_index(self) -> int:
        return T_MAP


class W_Filter(W_Root):
    def __init__(self, w_func: W_Root, w_iter: W_Root) -> None:
        self.w_func: W_Root = w_func
        self.w_iter: W_Root = w_iter

    def type_name(self) -> str:
        return "filter"

    def type_index(self) -> int:
        return T_FILTER


class W_Reversed(W_Root):
    def __init__(self, w_seq: W_Root, index: int) -> None:
        self.w_seq: W_Root = w_seq
        self.index: int = index

    def type_name(self) -> str:
        return "reversed"

    def type_index(self) -> int:
        return T_REVERSED


class W_CallIterator(W_AbstractIterator):
    """iter(callable, sentinel) and the sequence-protocol iterator
    (an object with __getitem__ only): w_seq indexed until IndexError."""

    def __init__(self, w_seq: W_Root) -> None:
        self.w_seq: W_Root = w_seq
        self.index: int = 0

    def type_name(self) -> str:
        return "iterator"
