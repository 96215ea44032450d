"""set and frozenset.

The storage is an open-addressing hash table laid out like CPython's, so
that sets of keys with deterministic hashes (ints, floats, tuples, ...)
iterate in CPython's order:

- the table has a power-of-two size (at least 8); a slot is empty
  (key None, hash 0), a dummy left by a removal (key None, hash -1; -1 is
  never the hash of a key), or active;
- a probe starts at `hash & mask`, looks at up to LINEAR_PROBES following
  slots when they fit before the end of the table, then jumps to
  `(i * 5 + 1 + perturb) & mask` with `perturb` (the unsigned hash)
  shifted right by PERTURB_SHIFT before each jump;
- adding a new key into an empty slot increments `fill`; once
  fill * 5 >= mask * 3 the table is rebuilt for 4x the used count
  (2x past 50000 keys); a new key reuses the last dummy seen on its
  probe path if there was one (as CPython 3.11 does);
- `pop()` scans from a moving `finger`.

SetStorage subclasses DictStorage so that the generic iteration code
(`keys_w`, `next_pos`, `used`) works unchanged; `values_w` and `index`
are unused. Lookups need key equality (the Space), so they live in
space.py (Space.set_lookup / set_insert); this file has the mechanics
that need no comparisons."""

from rlib.rarithmetic import r_uint, r_uint_rshift
from interpreter.objspace.root import W_Root, T_SET, T_FROZENSET
from interpreter.objspace.dictobject import DictStorage

SET_MINSIZE = 8
LINEAR_PROBES = 9
PERTURB_SHIFT = 5


def empty_slots(n: int) -> list[W_Root | None]:
    res: list[W_Root | None] = []
    i = 0
    while i < n:
        res.append(None)
        i += 1
    return res


def zero_hashes(n: int) -> list[int]:
    res: list[int] = []
    i = 0
    while i < n:
        res.append(0)
        i += 1
    return res


def next_probe(i: int, perturb: int, mask: int) -> int:
    """The slot after a probe run; perturb is already shifted."""
    return (i * 5 + 1 + perturb) & mask


class SetStorage(DictStorage):
    def __init__(self) -> None:
        super().__init__()
        self.mask: int = SET_MINSIZE - 1
        self.fill: int = 0
        self.finger: int = 0
        self.keys_w = empty_slots(SET_MINSIZE)
        self.hashes = zero_hashes(SET_MINSIZE)

    def is_dummy(self, i: int) -> bool:
        return self.keys_w[i] is None and self.hashes[i] == -1

    def insert_clean(self, w_key: W_Root, h: int) -> None:
        """Put a key known to be absent into a table without dummies."""
        mask = self.mask
        perturb = r_uint(h)
        i = h & mask
        while True:
            if self.keys_w[i] is None:
                self.keys_w[i] = w_key
                self.hashes[i] = h
                return
            if i + LINEAR_PROBES <= mask:
                j = 1
                while j <= LINEAR_PROBES:
                    if self.keys_w[i + j] is None:
                        self.keys_w[i + j] = w_key
                        self.hashes[i + j] = h
                        return
                    j += 1
            perturb = r_uint_rshift(perturb, PERTURB_SHIFT)
            i = next_probe(i, perturb, mask)

    def resize(self, minused: int) -> None:
        newsize = SET_MINSIZE
        while newsize <= minused:
            newsize = newsize << 1
        old_keys = self.keys_w
        old_hashes = self.hashes
        self.keys_w = empty_slots(newsize)
        self.hashes = zero_hashes(newsize)
        self.mask = newsize - 1
        self.fill = self.used
        i = 0
        while i < len(old_keys):
            w_k = old_keys[i]
            if w_k is not None:
                self.insert_clean(w_k, old_hashes[i])
            i += 1

    def grow_after_add(self) -> None:
        if self.fill * 5 >= self.mask * 3:
            if self.used > 50000:
                self.resize(self.used * 2)
            else:
                self.resize(self.used * 4)

    def put_at(self, i: int, w_key: W_Root, h: int) -> None:
        """Store a new key in slot i (empty or dummy) found by a probe."""
        was_dummy = self.hashes[i] == -1
        self.keys_w[i] = w_key
        self.hashes[i] = h
        self.used += 1
        if not was_dummy:
            self.fill += 1
            self.grow_after_add()

    def merge_into_empty(self, other: "SetStorage") -> None:
        """Add every key of other to this storage, which has no key
        (neither active nor dummy)."""
        if other.used == 0:
            return
        if other.used * 5 >= self.mask * 3:
            self.resize(other.used * 2)
        if self.mask == other.mask and other.fill == other.used:
            i = 0
            while i <= self.mask:
                self.keys_w[i] = other.keys_w[i]
                self.hashes[i] = other.hashes[i] if other.keys_w[i] is not None else 0
                i += 1
            self.fill = other.fill
            self.used = other.used
            return
        self.fill = other.used
        self.used = other.used
        i = 0
        while i <= other.mask:
            w_k = other.keys_w[i]
            if w_k is not None:
                self.insert_clean(w_k, other.hashes[i])
            i += 1

    def copy(self) -> DictStorage:
        return self.copy_set()

    def copy_set(self) -> "SetStorage":
        s = SetStorage()
        s.merge_into_empty(self)
        return s

    def append_entry(self, w_key: W_Root, w_value: W_Root | None, h: int) -> None:
        # only for a key known to be absent (no comparisons are needed)
        mask = self.mask
        perturb = r_uint(h)
        i = h & mask
        freeslot = -1
        while True:
            probes = LINEAR_PROBES if i + LINEAR_PROBES <= mask else 0
            j = 0
            while j <= probes:
                k = i + j
                if self.keys_w[k] is None:
                    if self.hashes[k] == -1:
                        freeslot = k
                    else:
                        self.put_at(k if freeslot < 0 else freeslot, w_key, h)
                        return
                j += 1
            perturb = r_uint_rshift(perturb, PERTURB_SHIFT)
            i = next_probe(i, perturb, mask)

    def remove_at(self, pos: int) -> None:
        self.keys_w[pos] = None
        self.hashes[pos] = -1
        self.used -= 1

    def compact(self) -> None:
        pass

    def clear(self) -> None:
        self.keys_w = empty_slots(SET_MINSIZE)
        self.hashes = zero_hashes(SET_MINSIZE)
        self.mask = SET_MINSIZE - 1
        self.fill = 0
        self.used = 0

    def pop_slot(self) -> int:
        """The slot pop() takes (the storage must not be empty)."""
        i = self.finger & self.mask
        while self.keys_w[i] is None:
            i += 1
            if i > self.mask:
                i = 0
        self.finger = i + 1
        return i

    def swap_with(self, other: "SetStorage") -> None:
        """Exchange the tables of two storages (the finger stays)."""
        k = self.keys_w
        self.keys_w = other.keys_w
        other.keys_w = k
        hs = self.hashes
        self.hashes = other.hashes
        other.hashes = hs
        n = self.mask
        self.mask = other.mask
        other.mask = n
        n = self.fill
        self.fill = other.fill
        other.fill = n
        n = self.used
        self.used = other.used
        other.used = n


class W_SetObject(W_Root):
    def __init__(self, frozen: bool) -> None:
        self.storage: SetStorage = SetStorage()
        self.frozen: bool = frozen

    def type_name(self) -> str:
        return "frozenset" if self.frozen else "set"

    def type_index(self) -> int:
        return T_FROZENSET if self.frozen else T_SET
