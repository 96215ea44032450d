"""dict (insertion-ordered) and its views; the storage is shared with set.

The storage keeps entries in insertion order in parallel lists and an
index from hash to entry positions. Hashing and key equality need the
Space (user __hash__/__eq__), so the lookup algorithms live in
space.py (Space.storage_lookup / storage_set / storage_delete)."""

from interpreter.objspace.root import W_Root, T_DICT, T_DICT_KEYS, T_DICT_VALUES, T_DICT_ITEMS
from interpreter.objspace.strobject import W_StrObject


class DictStorage:
    def __init__(self) -> None:
        self.keys_w: list[W_Root | None] = []
        self.values_w: list[W_Root | None] = []
        self.hashes: list[int] = []
        self.index: dict[int, list[int]] = {}
        self.used: int = 0
        # When not None: a mirror of the str-keyed entries, kept in sync by
        # every mutation below. Module globals use it: frames read names
        # from the mirror (fast LOAD_GLOBAL) and write through the dict.
        self.strmap: dict[str, W_Root] | None = None

    def copy(self) -> "DictStorage":
        s = DictStorage()
        i = 0
        while i < len(self.keys_w):
            w_k = self.keys_w[i]
            if w_k is not None:
                s.append_entry(w_k, self.values_w[i], self.hashes[i])
            i += 1
        return s

    def append_entry(self, w_key: W_Root, w_value: W_Root | None, h: int) -> None:
        pos = len(self.keys_w)
        self.keys_w.append(w_key)
        self.values_w.append(w_value)
        self.hashes.append(h)
        lst = self.index.get(h, None)
        if lst is None:
            lst = []
            self.index[h] = lst
        lst.append(pos)
        self.used += 1
        m = self.strmap
        if m is not None and w_value is not None and isinstance(w_key, W_StrObject):
            m[w_key.value] = w_value

    def set_value(self, pos: int, w_value: W_Root) -> None:
        self.values_w[pos] = w_value
        m = self.strmap
        if m is not None:
            w_key = self.keys_w[pos]
            if isinstance(w_key, W_StrObject):
                m[w_key.value] = w_value

    def remove_at(self, pos: int) -> None:
        h = self.hashes[pos]
        lst = self.index[h]
        lst.remove(pos)
        if len(lst) == 0:
            del self.index[h]
        m = self.strmap
        w_old = self.keys_w[pos]
        if m is not None and isinstance(w_old, W_StrObject):
            if w_old.value in m:
                del m[w_old.value]
        self.keys_w[pos] = None
        self.values_w[pos] = None
        self.used -= 1
        if self.used == 0:
            self.clear()
        elif len(self.keys_w) > 16 and self.used * 2 < len(self.keys_w):
            self.compact()

    def compact(self) -> None:
        old_keys = self.keys_w
        old_values = self.values_w
        old_hashes = self.hashes
        self.reset()
        i = 0
        while i < len(old_keys):
            w_k = old_keys[i]
            if w_k is not None:
                self.append_entry(w_k, old_values[i], old_hashes[i])
            i += 1

    def clear(self) -> None:
        m = self.strmap
        if m is not None:
            m.clear()
        self.reset()

    def reset(self) -> None:
        """Empty the entry lists (the mirror, if any, is left alone)."""
        self.keys_w = []
        self.values_w = []
        self.hashes = []
        self.index = {}
        self.used = 0

    def live_keys(self) -> list[W_Root]:
        res: list[W_Root] = []
        for w_k in self.keys_w:
            if w_k is not None:
                res.append(w_k)
        return res

    def live_values(self) -> list[W_Root]:
        res: list[W_Root] = []
        i = 0
        while i < len(self.keys_w):
            if self.keys_w[i] is not None:
                w_v = self.values_w[i]
                assert w_v is not None
                res.append(w_v)
            i += 1
        return res

    def next_pos(self, pos: int) -> int:
        """The first live entry position >= pos, or -1."""
        n = len(self.keys_w)
        while pos < n:
            if self.keys_w[pos] is not None:
                return pos
            pos += 1
        return -1

    def find_str(self, name: str) -> int:
        """Position of the str key `name`, or -1."""
        lst = self.index.get(hash(name), None)
        if lst is None:
            return -1
        for pos in lst:
            w_k = self.keys_w[pos]
            if isinstance(w_k, W_StrObject) and w_k.value == name:
                return pos
        return -1

    def set_str(self, name: str, w_value: W_Root) -> None:
        pos = self.find_str(name)
        if pos >= 0:
            self.set_value(pos, w_value)
        else:
            self.append_entry(W_StrObject(name), w_value, hash(name))

    def del_str(self, name: str) -> bool:
        pos = self.find_str(name)
        if pos < 0:
            return False
        self.remove_at(pos)
        return True

    def enable_strmap(self) -> dict[str, W_Root]:
        """The str-keyed mirror, built from the current entries if needed."""
        m = self.strmap
        if m is not None:
            return m
        m2: dict[str, W_Root] = {}
        i = 0
        while i < len(self.keys_w):
            w_k = self.keys_w[i]
            w_v = self.values_w[i]
            if isinstance(w_k, W_StrObject) and w_v is not None:
                m2[w_k.value] = w_v
            i += 1
        self.strmap = m2
        return m2


def wrap_strdict(d: dict[str, W_Root]) -> "W_DictObject":
    """A dict object whose str mirror is `d` itself (same data, two views)."""
    w_d = W_DictObject()
    for k in d:
        w_d.storage.append_entry(W_StrObject(k), d[k], hash(k))
    w_d.storage.strmap = d
    return w_d


class W_DictObject(W_Root):
    def __init__(self) -> None:
        self.storage: DictStorage = DictStorage()

    def type_name(self) -> str:
        return "dict"

    def type_index(self) -> int:
        return T_DICT


VIEW_KEYS = 0
VIEW_VALUES = 1
VIEW_ITEMS = 2


class W_DictView(W_Root):
    def __init__(self, w_dict: W_DictObject, kind: int) -> None:
        self.w_dict: W_DictObject = w_dict
        self.kind: int = kind

    def type_name(self) -> str:
        if self.kind == VIEW_KEYS:
            return "dict_keys"
        if self.kind == VIEW_VALUES:
            return "dict_values"
        return "dict_items"

    def type_index(self) -> int:
        if self.kind == VIEW_KEYS:
            return T_DICT_KEYS
        if self.kind == VIEW_VALUES:
            return T_DICT_VALUES
        return T_DICT_ITEMS
