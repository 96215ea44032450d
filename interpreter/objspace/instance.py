"""Instances of user classes, with map-based attribute storage, and
exception instances."""

from interpreter.objspace.root import W_Root
from interpreter.objspace.typeobject import W_TypeObject, Map
from interpreter.bytecode import CodeObject


class W_Instance(W_Root):
    """An instance of a class defined by the program. Its attributes are
    `storage[map.index_of(name)]`: the map (shared by all instances with
    the same attribute layout) holds the names, the instance only values."""

    def __init__(self, w_type: W_TypeObject) -> None:
        self.w_type: W_TypeObject = w_type
        self.map: Map = w_type.terminator
        self.storage: list[W_Root] = []

    def type_name(self) -> str:
        return self.w_type.name

    def getattr_local(self, name: str) -> W_Root | None:
        i = self.map.index_of(name)
        if i < 0:
            return None
        return self.storage[i]

    def setattr_local(self, name: str, w_value: W_Root) -> None:
        i = self.map.index_of(name)
        if i >= 0:
            self.storage[i] = w_value
            return
        self.map = self.map.with_attr(name)
        self.storage.append(w_value)

    def delattr_local(self, name: str) -> bool:
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
