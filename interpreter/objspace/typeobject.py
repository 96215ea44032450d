"""Type objects and maps (hidden classes) for instance attribute storage."""

from interpreter.objspace.root import W_Root

# What kind of instance a type creates (the host class used).
KIND_OBJECT = 0      # W_Instance (map-based attributes)
KIND_EXCEPTION = 1   # W_BaseException (a W_Instance with args/traceback)
KIND_BUILTIN = 2     # a builtin type with its own W_ class (int, list, ...)


class Map:
    """An attribute layout shared by all instances that got the same
    attributes in the same order. Instances store only a list of values;
    the map gives the index of each attribute name."""

    def __init__(self, names: list[str]) -> None:
        self.names: list[str] = names
        self.indexes: dict[str, int] = {}
        i = 0
        while i < len(names):
            self.indexes[names[i]] = i
            i += 1
        self.transitions: dict[str, Map] = {}

    def index_of(self, name: str) -> int:
        i = self.indexes.get(name, -1)
        return i

    def with_attr(self, name: str) -> "Map":
        m = self.transitions.get(name, None)
        if m is None:
            names: list[str] = list(self.names)
            names.append(name)
            m = Map(names)
            self.transitions[name] = m
        return m

    def size(self) -> int:
        return len(self.names)


class W_TypeObject(W_Root):
    def __init__(self, name: str, bases_w: list["W_TypeObject"], kind: int) -> None:
        self.name: str = name
        self.qualname: str = name
        self.module: str = "builtins"
        self.bases_w: list[W_TypeObject] = bases_w
        self.mro_w: list[W_TypeObject] = []
        self.dict_w: dict[str, W_Root] = {}
        self.kind: int = kind
        self.is_heaptype: bool = False
        self.terminator: Map = Map([])
        self.w_metatype: W_TypeObject | None = None
        self.has_user_getattr: bool = False
        # a class deriving from dict/list/tuple/set/frozenset: that builtin
        # type (its instances are W_Instances holding a w_base value)
        self.w_builtin_base: W_TypeObject | None = None

    def type_name(self) -> str:
        return "type"

    def lookup(self, name: str) -> W_Root | None:
        for w_t in self.mro_w:
            w_v = w_t.dict_w.get(name, None)
            if w_v is not None:
                return w_v
        return None

    def lookup_where(self, name: str) -> "W_TypeObject | None":
        for w_t in self.mro_w:
            if name in w_t.dict_w:
                return w_t
        return None

    def issubtype(self, w_other: "W_TypeObject") -> bool:
        for w_t in self.mro_w:
            if w_t is w_other:
                return True
        return False

    def set_mro(self, mro_w: list["W_TypeObject"]) -> None:
        self.mro_w = mro_w


def compute_c3_mro(w_type: W_TypeObject) -> list[W_TypeObject] | None:
    """C3 linearization; None when the bases cannot be linearized."""
    seqs: list[list[W_TypeObject]] = []
    for w_b in w_type.bases_w:
        seqs.append(list(w_b.mro_w))
    seqs.append(list(w_type.bases_w))
    result: list[W_TypeObject] = [w_type]
    while True:
        nonempty: list[list[W_TypeObject]] = []
        for s in seqs:
            if len(s) > 0:
                nonempty.append(s)
        seqs = nonempty
        if len(seqs) == 0:
            return result
        candidate: W_TypeObject | None = None
        for s in seqs:
            c = s[0]
            in_tail = False
            for s2 in seqs:
                j = 1
                while j < len(s2):
                    if s2[j] is c:
                        in_tail = True
                        break
                    j += 1
                if in_tail:
                    break
            if not in_tail:
                candidate = c
                break
        if candidate is None:
            return None
        result.append(candidate)
        for s in seqs:
            if s[0] is candidate:
                del s[0]


def mro_conflict_names(w_type: W_TypeObject) -> str:
    """The classes CPython names when the C3 merge of w_type's bases gets
    stuck: the heads of the sequences left, each once."""
    seqs: list[list[W_TypeObject]] = []
    for w_b in w_type.bases_w:
        seqs.append(list(w_b.mro_w))
    seqs.append(list(w_type.bases_w))
    while True:
        nonempty: list[list[W_TypeObject]] = []
        for s in seqs:
            if len(s) > 0:
                nonempty.append(s)
        seqs = nonempty
        if len(seqs) == 0:
            return ""
        candidate: W_TypeObject | None = None
        for s in seqs:
            c = s[0]
            in_tail = False
            for s2 in seqs:
                j = 1
                while j < len(s2):
                    if s2[j] is c:
                        in_tail = True
                    j += 1
            if not in_tail:
                candidate = c
                break
        if candidate is None:
            names: list[str] = []
            seen: list[W_TypeObject] = []
            for s in seqs:
                h = s[0]
                found = False
                for w_x in seen:
                    if w_x is h:
                        found = True
                if not found:
                    seen.append(h)
                    names.append(h.name)
            return ", ".join(names)
        for s in seqs:
            if s[0] is candidate:
                del s[0]
