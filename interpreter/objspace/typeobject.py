"""Type objects and maps (hidden classes) for instance attribute storage."""

from interpreter.objspace.root import W_Root

# What kind of instance a type creates (the host class used).
KIND_OBJECT = 0      # W_Instance (map-based attributes)
KIND_EXCEPTION = 1   # W_BaseException (a W_Instance with args/traceback)
KIND_BUILTIN = 2     # a builtin type with its own W_ class (int, list, ...)


class Map:
    """An attribute layout shared by all instances of one type that got the
    same attributes in the same order. Instances store only the values
    (see instance.W_Instance); the map gives the index of each attribute
    name, and the type: every map derives from its type's terminator, so
    an instance's type is `w_obj.map.w_type`."""

    def __init__(self, names: list[str], w_type: "W_TypeObject") -> None:
        self.names: list[str] = names
        self.w_type: W_TypeObject = w_type
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
            m = Map(names, self.w_type)
            self.transitions[name] = m
        return m

    def size(self) -> int:
        return len(self.names)


class LookupEntry:
    """A cached result of W_TypeObject.lookup (None: not found)."""

    def __init__(self, w_value: W_Root | None) -> None:
        self.w_value: W_Root | None = w_value


# A type's lookup cache is dropped when it grows past this many names (a
# program that looks up computed names must not grow it without bound).
LOOKUP_CACHE_LIMIT = 512


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
        self.w_metatype: W_TypeObject | None = None
        self.has_user_getattr: bool = False
        # a class deriving from dict/list/tuple/set/frozenset: that builtin
        # type (its instances are W_Instances holding a w_base value)
        self.w_builtin_base: W_TypeObject | None = None
        # the empty layout of this type's instances, root of all their maps
        self.terminator: Map = Map([], self)
        # Results of lookup() by name, for heap types (classes the program
        # made, whose attributes can change); None until first used and
        # after any change to this type or a type in its MRO (see
        # invalidate_lookups). Builtin types are immutable once set up and
        # their MROs are short: they look up directly.
        self.lookup_cache: dict[str, LookupEntry] | None = None
        # types whose MRO contains this one (the heap types' caches depend
        # on it; type.__subclasses__ picks the direct ones); not kept for
        # object
        self.subclasses_w: list[W_TypeObject] = []

    def type_name(self) -> str:
        return "type"

    def lookup(self, name: str) -> W_Root | None:
        if not self.is_heaptype:
            return self.lookup_in_mro(name)
        cache = self.lookup_cache
        if cache is None or len(cache) > LOOKUP_CACHE_LIMIT:
            cache = {}
            self.lookup_cache = cache
        e = cache.get(name, None)
        if e is None:
            e = LookupEntry(self.lookup_in_mro(name))
            cache[name] = e
        return e.w_value

    def invalidate_lookups(self) -> None:
        """Forget cached lookups after this type's attributes or MRO
        changed, here and in every subclass."""
        self.lookup_cache = None
        for w_sub in self.subclasses_w:
            w_sub.lookup_cache = None

    def lookup_in_mro(self, name: str) -> W_Root | None:
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
        i = 1
        while i < len(mro_w):
            w_b = mro_w[i]
            # heap types (their caches depend on this one); and builtin
            # types other than object, for type.__subclasses__
            if w_b.is_heaptype or len(w_b.mro_w) > 1:
                w_b.subclasses_w.append(self)
            i += 1
        self.invalidate_lookups()


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
