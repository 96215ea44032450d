"""dict (insertion-ordered) and its views; the storage is shared with set.

The storage keeps entries in insertion order in parallel lists and an
index from hash to entry positions. Hashing and key equality need the
Space (user __hash__/__eq__), so the lookup algorithms live in
space.py (Space.storage_lookup / storage_set / storage_delete)."""

from interpreter.objspace.root import W_Root, T_DICT, T_DICT_KEYS, T_DICT_VALUES, T_DICT_ITEMS


class DictStorage:
    def __init__(self) -> None:
        self.keys_w: list[W_Root | None] = []
        self.values_w: list[W_Root | None] = []
        self.hashes: list[int] = []
        self.index: dict[int, list[int]] = {}
        self.used: int = 0

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

    def remove_at(self, pos: int) -> None:
        h = self.hashes[pos]
        lst = self.index[h]
        lst.remove(pos)
        if len(lst) == 0:
            del self.index[h]
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
        self.clear()
        i = 0
        while i < len(old_keys):
            w_k = old_keys[i]
            if w_k is not None:
                self.append_entry(w_k, old_values[i], old_hashes[i])
            i += 1

    def clear(self) -> None:
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
