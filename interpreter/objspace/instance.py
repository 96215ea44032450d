"""Instances of user classes, with map-based attribute storage, and
exception instances."""

from interpreter.objspace.root import W_Root
from interpreter.objspace.typeobject import W_TypeObject, Map
from interpreter.objspace.dictobject import W_DictObject, DictStorage
from interpreter.objspace.strobject import W_StrObject
from interpreter.bytecode import CodeObject


class W_Instance(W_Root):
    """An instance of a class defined by the program. Its attributes are
    `storage[map.index_of(name)]`: the map (shared by all instances with
    the same attribute layout) holds the names, the instance only values."""

    def __init__(self, w_type: W_TypeObject) -> None:
        self.w_type: W_TypeObject = w_type
        self.map: Map = w_type.terminator
        self.storage: list[W_Root] = []
        # for instances of subclasses of builtin types (dict, list, tuple,
        # set, ...): the builtin value the instance extends
        self.w_base: W_Root | None = None
        # once the program took `obj.__dict__`, the attributes live in that
        # dict (str keys) instead of map + storage
        self.w_dict: W_DictObject | None = None

    def type_name(self) -> str:
        return self.w_type.name

    def getattr_local(self, name: str) -> W_Root | None:
        w_d = self.w_dict
        if w_d is not None:
            pos = dict_find_str(w_d.storage, name)
            if pos >= 0:
                return w_d.storage.values_w[pos]
        i = self.map.index_of(name)
        if i < 0:
            return None
        return self.storage[i]

    def setattr_local(self, name: str, w_value: W_Root) -> None:
        w_d = self.w_dict
        if w_d is not None and self.map.index_of(name) < 0:
            pos = dict_find_str(w_d.storage, name)
            if pos >= 0:
                w_d.storage.set_value(pos, w_value)
            else:
                w_d.storage.append_entry(W_StrObject(name), w_value, hash(name))
            return
        i = self.map.index_of(name)
        if i >= 0:
            self.storage[i] = w_value
            return
        self.map = self.map.with_attr(name)
        self.storage.append(w_value)

    def delattr_local(self, name: str) -> bool:
        w_d = self.w_dict
        if w_d is not None:
            pos = dict_find_str(w_d.storage, name)
            if pos >= 0:
                w_d.storage.remove_at(pos)
                return True
        i = self.map.index_of(name)
        if i < 0:
            return False
        # rebuild the layout without `name` (rare: goes through the
        # transitions from the type's terminator)
        names = self.map.names
        old = self.storage
        m = self.w_type.terminator
        storage: list[W_Root] = []
        j = 0
        while j < len(names):
            if j != i:
                m = m.with_attr(names[j])
                storage.append(old[j])
            j += 1
        self.map = m
        self.storage = storage
        return True


def dict_find_str(st: DictStorage, name: str) -> int:
    """Position of the str key `name` in a dict storage, or -1."""
    lst = st.index.get(hash(name), None)
    if lst is None:
        return -1
    for pos in lst:
        w_k = st.keys_w[pos]
        if isinstance(w_k, W_StrObject) and w_k.value == name:
            return pos
    return -1


class TracebackEntry:
    """One frame of a traceback (a linked list, outermost frame first)."""

    def __init__(self, code: CodeObject, lineno: int, next: "TracebackEntry | None") -> None:
        self.code: CodeObject = code
        self.lineno: int = lineno
        self.next: TracebackEntry | None = next


class W_BaseException(W_Instance):
    def __init__(self, w_type: W_TypeObject, args_w: list[W_Root]) -> None:
        W_Instance.__init__(self, w_type)
        self.args_w: list[W_Root] = args_w
        self.traceback: TracebackEntry | None = None
        self.w_cause: W_Root | None = None
        self.w_context: W_Root | None = None
        self.suppress_context: bool = False
