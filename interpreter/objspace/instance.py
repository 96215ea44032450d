"""Instances of user classes, with map-based attribute storage, and
exception instances."""

from interpreter.objspace.root import W_Root
from interpreter.objspace.typeobject import W_TypeObject, Map
from interpreter.objspace.dictobject import W_DictObject
from interpreter.bytecode import CodeObject


# attribute values held in the instance itself; the others go to the
# overflow list of its InstanceExt
NUM_INLINE_SLOTS = 3


class InstanceExt:
    """The rarely needed part of an instance, allocated on first need:
    attribute values from index NUM_INLINE_SLOTS on, the builtin value of
    an instance of a subclass of a builtin type, the materialized
    __dict__."""

    def __init__(self) -> None:
        # values of the attributes NUM_INLINE_SLOTS, NUM_INLINE_SLOTS+1, ...
        self.overflow: list[W_Root] | None = None
        # for instances of subclasses of builtin types (dict, list, tuple,
        # set, ...): the builtin value the instance extends
        self.w_base: W_Root | None = None
        # once the program took `obj.__dict__`, the attributes live in that
        # dict (str keys) instead of map + slots (except __slots__ names)
        self.w_dict: W_DictObject | None = None


class W_Instance(W_Root):
    """An instance of a class defined by the program. The map (shared by
    all instances with the same attribute layout) holds the type and the
    attribute names, the instance only the values: attribute i is
    `read_slot(self, i)` with `i = self.map.index_of(name)`. The first
    three values are fields (an instance with up to three attributes is
    one object), the rest in `ext.overflow`."""

    def __init__(self, w_type: W_TypeObject) -> None:
        self.map: Map = w_type.terminator
        self.s0: W_Root | None = None
        self.s1: W_Root | None = None
        self.s2: W_Root | None = None
        self.ext: InstanceExt | None = None

    def type_name(self) -> str:
        return self.map.w_type.name

    def getattr_local(self, name: str) -> W_Root | None:
        ext = self.ext
        if ext is not None:
            w_d = ext.w_dict
            if w_d is not None:
                pos = w_d.storage.find_str(name)
                if pos >= 0:
                    return w_d.storage.values_w[pos]
        # read_slot(self, i), written out: this is the hot path
        i = self.map.indexes.get(name, -1)
        if i == 0:
            return self.s0
        if i == 1:
            return self.s1
        if i == 2:
            return self.s2
        if i < 0:
            return None
        assert ext is not None
        overflow = ext.overflow
        assert overflow is not None
        return overflow[i - NUM_INLINE_SLOTS]

    def setattr_local(self, name: str, w_value: W_Root) -> None:
        m = self.map
        i = m.indexes.get(name, -1)
        # write_slot(self, i, w_value), written out: this is the hot path
        if i == 0:
            self.s0 = w_value
            return
        if i == 1:
            self.s1 = w_value
            return
        if i == 2:
            self.s2 = w_value
            return
        ext = self.ext
        if i >= NUM_INLINE_SLOTS:
            assert ext is not None
            overflow = ext.overflow
            assert overflow is not None
            overflow[i - NUM_INLINE_SLOTS] = w_value
            return
        if ext is not None:
            w_d = ext.w_dict
            if w_d is not None:
                # a materialized __dict__ takes the new attributes
                w_d.storage.set_str(name, w_value)
                return
        # a new attribute: the next slot
        n = m.size()
        self.map = m.with_attr(name)
        if n < NUM_INLINE_SLOTS:
            write_slot(self, n, w_value)
            return
        ext2 = instance_ext(self)
        rest = ext2.overflow
        if rest is None:
            rest = []
            ext2.overflow = rest
        assert len(rest) == n - NUM_INLINE_SLOTS
        rest.append(w_value)

    def delattr_local(self, name: str) -> bool:
        ext = self.ext
        if ext is not None:
            w_d = ext.w_dict
            if w_d is not None:
                if w_d.storage.del_str(name):
                    return True
        i = self.map.index_of(name)
        if i < 0:
            return False
        # rebuild the layout without `name` (rare: goes through the
        # transitions from the type's terminator)
        names = self.map.names
        old = slot_values(self)
        m = self.map.w_type.terminator
        values: list[W_Root] = []
        j = 0
        while j < len(names):
            if j != i:
                m = m.with_attr(names[j])
                values.append(old[j])
            j += 1
        set_layout(self, m, values)
        return True


def read_slot(w_obj: W_Instance, i: int) -> W_Root:
    """The value of attribute i (0 <= i < w_obj.map.size())."""
    w_v: W_Root | None = None
    if i == 0:
        w_v = w_obj.s0
    elif i == 1:
        w_v = w_obj.s1
    elif i == 2:
        w_v = w_obj.s2
    else:
        ext = w_obj.ext
        assert ext is not None
        overflow = ext.overflow
        assert overflow is not None
        return overflow[i - NUM_INLINE_SLOTS]
    assert w_v is not None
    return w_v


def write_slot(w_obj: W_Instance, i: int, w_value: W_Root) -> None:
    """Set attribute i (0 <= i < w_obj.map.size())."""
    if i == 0:
        w_obj.s0 = w_value
    elif i == 1:
        w_obj.s1 = w_value
    elif i == 2:
        w_obj.s2 = w_value
    else:
        ext = w_obj.ext
        assert ext is not None
        overflow = ext.overflow
        assert overflow is not None
        overflow[i - NUM_INLINE_SLOTS] = w_value


def slot_values(w_obj: W_Instance) -> list[W_Root]:
    """The attribute values, in the order of w_obj.map.names."""
    values: list[W_Root] = []
    n = w_obj.map.size()
    i = 0
    while i < n:
        values.append(read_slot(w_obj, i))
        i += 1
    return values


def set_layout(w_obj: W_Instance, m: Map, values: list[W_Root]) -> None:
    """Give w_obj the map m (of the same type) with these values (one per
    name of m); unused slots are cleared."""
    assert len(values) == m.size()
    w_obj.map = m
    w_obj.s0 = values[0] if len(values) > 0 else None
    w_obj.s1 = values[1] if len(values) > 1 else None
    w_obj.s2 = values[2] if len(values) > 2 else None
    ext = w_obj.ext
    if len(values) > NUM_INLINE_SLOTS:
        if ext is None:
            ext = instance_ext(w_obj)
        ext.overflow = values[NUM_INLINE_SLOTS:]
    elif ext is not None:
        ext.overflow = None


def instance_ext(w_obj: W_Instance) -> InstanceExt:
    """w_obj's InstanceExt, allocated on first use."""
    ext = w_obj.ext
    if ext is None:
        ext = InstanceExt()
        w_obj.ext = ext
    return ext


def instance_base(w_obj: W_Instance) -> W_Root | None:
    """The builtin value of an instance of a subclass of a builtin type
    (dict, list, tuple, set, frozenset, int, float, complex), else None."""
    ext = w_obj.ext
    if ext is None:
        return None
    return ext.w_base


def set_instance_base(w_obj: W_Instance, w_base: W_Root) -> None:
    instance_ext(w_obj).w_base = w_base


def instance_dict_or_none(w_obj: W_Instance) -> W_DictObject | None:
    """The materialized __dict__ of an instance, or None."""
    ext = w_obj.ext
    if ext is None:
        return None
    return ext.w_dict


def set_instance_dict(w_obj: W_Instance, w_d: W_DictObject) -> None:
    instance_ext(w_obj).w_dict = w_d




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
