"""Generic containers: Dict, Set and list helpers.

`Dict[K, V]`: insertion-ordered hash table with CPython's compact layout
(an index table plus entry arrays with tombstones) and CPython 3.11's
sizes: a table of 8 entries (5 usable) to start, resized (compacting the
entries) when an insertion finds no usable entry left, to the size
CPython picks for 3 * len; `popitem` drops the trailing entries, `copy`
and `update` presize or clone the table as CPython does. So a loop that
deletes and adds entries sees the same entries, and fails at the same
point, as on CPython. Iteration protocol for the front end (keys, values,
items):

    size0 = len(d)
    i = d._iter_next(-1, size0, 0)     # first live entry, or -1
    n = 0
    while i >= 0:
        k = d._key_at(i); v = d._value_at(i); n += 1
        ...
        i = d._iter_next(i, size0, n)  # RuntimeError "dictionary changed
                                       # size during iteration" (or "keys
                                       # changed": more entries than size0)

reversed(d): i = d._iter_end(), then i = d._iter_prev(i, size0) until -1.

`Set[T]` replicates CPython 3.11's setobject.c (table of 8, 9 linear
probes then perturbation, resize at fill*5 >= mask*3 to used*4 or
used*2 above 50000, CPython's algorithms for copy | & - ^), so that sets
of ints, bools, floats and tuples of those iterate in exactly CPython's
order (given CPython's hashes: numeric.builtin_hash_*). Iteration:

    size0 = len(s)
    i = s._iter_next(-1, size0)        # RuntimeError "Set changed size
    while i >= 0:                      # during iteration"
        x = s._key_at(i)
        i = s._iter_next(i, size0)

Exceptions: `KeyError(key)` means the message is repr(key) (CPython's
str() of a KeyError with one argument), as the front end lowers it.
"""

from typing import Generic

import _prims
from _generic import K, T, V

_EMPTY: int = -1
_DUMMY: int = -2


def same_or_eq(a: T, b: T) -> bool:
    """CPython's PyObject_RichCompareBool(a, b, Py_EQ), which containers
    use: identity first (an object equals itself whatever its __eq__
    says), then ==. Floats are values here: a NaN is identical to a NaN
    with the same bits (CPython: only to the same float object)."""
    if a is b:
        return True
    return a == b


def _perturb_shift(p: int) -> int:
    """Unsigned 64-bit `p >> 5` on a signed bit pattern."""
    return (p >> 5) & 0x7FFFFFFFFFFFFFF


def _dict_table_size(minsize: int) -> int:
    """The table size CPython 3.11 gives a dict for `minsize`: the power
    of two with as many bits as ((minsize | 8) - 1) | 7."""
    x = ((minsize | 8) - 1) | 7
    size = 1
    while x > 0:
        x = x >> 1
        size = size * 2
    return size


class Dict(Generic[K, V]):
    """dict[K, V]."""

    def __init__(self) -> None:
        self._indices: list[int] = [-1, -1, -1, -1, -1, -1, -1, -1]
        self._keys: list[K] = []
        self._values: list[V] = []
        self._hashes: list[int] = []
        self._live: list[bool] = []
        self._used: int = 0
        # Entries that can still be added before a resize (CPython's
        # dk_usable: 2/3 of the table, less the entries, dead ones too).
        self._usable: int = 5

    def __len__(self) -> int:
        return self._used

    def _lookup(self, key: K, h: int) -> int:
        """Slot in the index table holding key's entry, or -1."""
        mask = len(self._indices) - 1
        i = h & mask
        perturb = h
        ix = self._indices[i]
        while ix != _EMPTY:
            if ix >= 0 and self._hashes[ix] == h and same_or_eq(self._keys[ix], key):
                return i
            perturb = _perturb_shift(perturb)
            i = (i * 5 + perturb + 1) & mask
            ix = self._indices[i]
        return -1

    def _find(self, key: K) -> int:
        """Entry index of key, or -1."""
        slot = self._lookup(key, hash(key))
        if slot < 0:
            return -1
        return self._indices[slot]

    def _insert_index(self, h: int, ix: int) -> None:
        mask = len(self._indices) - 1
        i = h & mask
        perturb = h
        while self._indices[i] >= 0:
            perturb = _perturb_shift(perturb)
            i = (i * 5 + perturb + 1) & mask
        self._indices[i] = ix

    def _resize(self, size: int) -> None:
        """A table of `size` slots holding the live entries, in order."""
        keys: list[K] = []
        values: list[V] = []
        hashes: list[int] = []
        live: list[bool] = []
        for j in range(len(self._keys)):
            if self._live[j]:
                keys.append(self._keys[j])
                values.append(self._values[j])
                hashes.append(self._hashes[j])
                live.append(True)
        self._keys = keys
        self._values = values
        self._hashes = hashes
        self._live = live
        indices: list[int] = []
        for j in range(size):
            indices.append(-1)
        self._indices = indices
        for j in range(len(hashes)):
            self._insert_index(hashes[j], j)
        self._usable = size * 2 // 3 - len(keys)

    def __setitem__(self, key: K, value: V) -> None:
        h = hash(key)
        slot = self._lookup(key, h)
        if slot >= 0:
            self._values[self._indices[slot]] = value
            return
        if self._usable <= 0:
            self._resize(_dict_table_size(self._used * 3))
        self._usable -= 1
        ix = len(self._keys)
        self._keys.append(key)
        self._values.append(value)
        self._hashes.append(h)
        self._live.append(True)
        self._insert_index(h, ix)
        self._used += 1

    def __getitem__(self, key: K) -> V:
        ix = self._find(key)
        if ix < 0:
            raise KeyError(key)
        return self._values[ix]

    def __contains__(self, key: K) -> bool:
        return self._find(key) >= 0

    def _remove_slot(self, slot: int) -> None:
        ix = self._indices[slot]
        self._indices[slot] = _DUMMY
        self._live[ix] = False
        self._used -= 1
        # The entry stays a tombstone until the next resize, as in CPython
        # (a loop over the dict sees entries added after it started).

    def __delitem__(self, key: K) -> None:
        slot = self._lookup(key, hash(key))
        if slot < 0:
            raise KeyError(key)
        self._remove_slot(slot)

    def contains_item(self, kv: tuple[K, V]) -> bool:
        """kv in d.items(): CPython looks the key up, then compares the
        value found with kv's."""
        ix = self._find(kv[0])
        if ix < 0:
            return False
        return same_or_eq(self._values[ix], kv[1])

    def get(self, key: K, default: V) -> V:
        """d.get(key, default)."""
        ix = self._find(key)
        if ix < 0:
            return default
        return self._values[ix]

    def get_opt(self, key: K) -> V | None:
        """d.get(key) for a reference type V (None when missing)."""
        ix = self._find(key)
        if ix < 0:
            return None
        return self._values[ix]

    def setdefault(self, key: K, default: V) -> V:
        ix = self._find(key)
        if ix >= 0:
            return self._values[ix]
        self[key] = default
        return default

    def pop(self, key: K) -> V:
        """d.pop(key); KeyError(key) when missing."""
        slot = self._lookup(key, hash(key))
        if slot < 0:
            raise KeyError(key)
        v = self._values[self._indices[slot]]
        self._remove_slot(slot)
        return v

    def pop_default(self, key: K, default: V) -> V:
        """d.pop(key, default)."""
        slot = self._lookup(key, hash(key))
        if slot < 0:
            return default
        v = self._values[self._indices[slot]]
        self._remove_slot(slot)
        return v

    def popitem(self) -> tuple[K, V]:
        """d.popitem() (last inserted); KeyError 'popitem(): dictionary is
        empty'. As CPython, the entries from the popped one on are dropped
        (not made usable again)."""
        n = len(self._keys)
        while n > 0 and not self._live[n - 1]:
            n -= 1
        if n == 0:
            raise KeyError("popitem(): dictionary is empty")
        k = self._keys[n - 1]
        v = self._values[n - 1]
        self.pop(k)
        _prims.list_truncate(self._keys, n - 1)
        _prims.list_truncate(self._values, n - 1)
        _prims.list_truncate(self._hashes, n - 1)
        _prims.list_truncate(self._live, n - 1)
        return (k, v)

    def keys(self) -> list[K]:
        """list(d) / list(d.keys())."""
        out: list[K] = []
        for j in range(len(self._keys)):
            if self._live[j]:
                out.append(self._keys[j])
        return out

    def values(self) -> list[V]:
        out: list[V] = []
        for j in range(len(self._keys)):
            if self._live[j]:
                out.append(self._values[j])
        return out

    def items(self) -> list[tuple[K, V]]:
        out: list[tuple[K, V]] = []
        for j in range(len(self._keys)):
            if self._live[j]:
                out.append((self._keys[j], self._values[j]))
        return out

    def _fresh(self) -> bool:
        """Whether this is an empty dict's initial table (CPython's shared
        empty keys)."""
        return len(self._keys) == 0 and self._usable == 5 and len(self._indices) == 8

    def _clone_from(self, other: "Dict[K, V]") -> None:
        """Take a copy of other's table, dead entries included."""
        self._indices = _prims.list_slice(other._indices, 0, len(other._indices))
        self._keys = _prims.list_slice(other._keys, 0, len(other._keys))
        self._values = _prims.list_slice(other._values, 0, len(other._values))
        self._hashes = _prims.list_slice(other._hashes, 0, len(other._hashes))
        self._live = _prims.list_slice(other._live, 0, len(other._live))
        self._used = other._used
        self._usable = other._usable

    def update(self, other: "Dict[K, V]") -> None:
        """d.update(other), as CPython's dict_merge: an empty dict takes a
        copy of a compact table; otherwise the table is presized when
        other's entries would not fit, then other's entries are added in
        order."""
        if other is self or other._used == 0:
            return
        if self._used == 0:
            n = len(other._indices)
            if other._used == len(other._keys) and (n == 8 or (n // 2) * 2 // 3 < other._used):
                self._clone_from(other)
                return
        size = len(self._indices)
        if self._fresh():
            size = 0
        if size * 2 // 3 < other._used:
            self._resize(_dict_table_size(((self._used + other._used) * 3 + 1) // 2))
        for j in range(len(other._keys)):
            if other._live[j]:
                self[other._keys[j]] = other._values[j]

    def __or__(self, other: "Dict[K, V]") -> "Dict[K, V]":
        """d | other: a copy of d updated with other (CPython's order)."""
        d = self.copy()
        d.update(other)
        return d

    def copy(self) -> "Dict[K, V]":
        """d.copy(), as CPython: a copy of the table (dead entries
        included) when at most a third of its entries are dead, else a
        compact merge."""
        d: Dict[K, V] = Dict()
        if self._used == 0:
            return d
        if self._used >= len(self._keys) * 2 // 3:
            d._clone_from(self)
            return d
        d.update(self)
        return d

    def constructed(self) -> "Dict[K, V]":
        """dict(d): a new dict updated with d."""
        d: Dict[K, V] = Dict()
        d.update(self)
        return d

    def clear(self) -> None:
        self._indices = [-1, -1, -1, -1, -1, -1, -1, -1]
        self._keys = []
        self._values = []
        self._hashes = []
        self._live = []
        self._used = 0
        self._usable = 5

    def _iter_next(self, i: int, size0: int, count: int) -> int:
        """Next live entry index after i (-1 to start), or -1 at the end;
        `count` entries were given so far (CPython's dictiter checks)."""
        if self._used != size0:
            raise RuntimeError("dictionary changed size during iteration")
        j = i + 1
        n = len(self._keys)
        while j < n:
            if self._live[j]:
                if count >= size0:
                    raise RuntimeError("dictionary keys changed during iteration")
                return j
            j += 1
        return -1

    def _iter_end(self) -> int:
        """Where a reversed walk starts (CPython's reversed dict iterator
        takes the number of entries when it is created)."""
        return len(self._keys)

    def _iter_prev(self, i: int, size0: int) -> int:
        """Previous live entry index before i, or -1 at the start (CPython's
        reversed dict iterator: no check of the number of entries given)."""
        if self._used != size0:
            raise RuntimeError("dictionary changed size during iteration")
        j = i - 1
        n = len(self._keys)
        if j >= n:
            j = n - 1
        while j >= 0:
            if self._live[j]:
                return j
            j -= 1
        return -1

    def _key_at(self, i: int) -> K:
        return self._keys[i]

    def _value_at(self, i: int) -> V:
        return self._values[i]

    def _set_value_at(self, i: int, v: V) -> None:
        self._values[i] = v

    def __eq__(self, other: "Dict[K, V]") -> bool:
        if self._used != other._used:
            return False
        for j in range(len(self._keys)):
            if self._live[j]:
                ix = other._find(self._keys[j])
                if ix < 0:
                    return False
                if not same_or_eq(self._values[j], other._values[ix]):
                    return False
        return True

    def __repr__(self) -> str:
        parts: list[str] = []
        for j in range(len(self._keys)):
            if self._live[j]:
                parts.append(repr(self._keys[j]) + ": " + repr(self._values[j]))
        return "{" + _prims.str_join(", ", parts) + "}"


_LINEAR_PROBES: int = 9


class Set(Generic[T]):
    """set[T], with CPython 3.11's table layout and iteration order."""

    def __init__(self) -> None:
        self._keys: list[T] = []
        self._hashes: list[int] = [0, 0, 0, 0, 0, 0, 0, 0]
        # 0 unused, 1 active, 2 dummy
        self._state: list[int] = [0, 0, 0, 0, 0, 0, 0, 0]
        self._fill: int = 0
        self._used: int = 0
        self._mask: int = 7
        self._finger: int = 0

    def __len__(self) -> int:
        return self._used

    def _find(self, key: T, h: int) -> int:
        """Table slot of key, or -1."""
        mask = self._mask
        i = h & mask
        perturb = h
        while i >= 0:  # always: the probe ends at an unused slot
            probes = 0
            if i + _LINEAR_PROBES <= mask:
                probes = _LINEAR_PROBES
            j = i
            while True:
                st = self._state[j]
                if st == 0:
                    return -1
                if st == 1 and self._hashes[j] == h and same_or_eq(self._keys[j], key):
                    return j
                if probes == 0:
                    break
                probes -= 1
                j += 1
            perturb = _perturb_shift(perturb)
            i = (i * 5 + 1 + perturb) & mask
        return -1

    def _put(self, j: int, key: T, h: int) -> None:
        if j < len(self._keys):
            self._keys[j] = key
        else:
            while len(self._keys) < j:
                self._keys.append(key)
            self._keys.append(key)
        self._hashes[j] = h
        self._state[j] = 1

    def _add_entry(self, key: T, h: int) -> None:
        mask = self._mask
        i = h & mask
        perturb = h
        freeslot = -1
        while True:
            probes = 0
            if i + _LINEAR_PROBES <= mask:
                probes = _LINEAR_PROBES
            j = i
            while True:
                st = self._state[j]
                if st == 0:
                    if freeslot >= 0:
                        self._used += 1
                        self._put(freeslot, key, h)
                        return
                    self._fill += 1
                    self._used += 1
                    self._put(j, key, h)
                    if self._fill * 5 < mask * 3:
                        return
                    if self._used > 50000:
                        self._resize(self._used * 2)
                    else:
                        self._resize(self._used * 4)
                    return
                if st == 1 and self._hashes[j] == h:
                    if same_or_eq(self._keys[j], key):
                        return
                elif st == 2:
                    freeslot = j
                if probes == 0:
                    break
                probes -= 1
                j += 1
            perturb = _perturb_shift(perturb)
            i = (i * 5 + 1 + perturb) & mask

    def _insert_clean(self, key: T, h: int) -> None:
        mask = self._mask
        i = h & mask
        perturb = h
        while True:
            if self._state[i] == 0:
                self._put(i, key, h)
                return
            if i + _LINEAR_PROBES <= mask:
                for k in range(_LINEAR_PROBES):
                    j = i + k + 1
                    if self._state[j] == 0:
                        self._put(j, key, h)
                        return
            perturb = _perturb_shift(perturb)
            i = (i * 5 + 1 + perturb) & mask

    def _reset_table(self, size: int) -> None:
        self._keys = []
        hashes: list[int] = []
        state: list[int] = []
        for k in range(size):
            hashes.append(0)
            state.append(0)
        self._hashes = hashes
        self._state = state
        self._mask = size - 1

    def _resize(self, minused: int) -> None:
        newsize = 8
        while newsize <= minused:
            newsize = newsize * 2
        old_keys = self._keys
        old_hashes = self._hashes
        old_state = self._state
        self._reset_table(newsize)
        self._fill = self._used
        for j in range(len(old_state)):
            if old_state[j] == 1:
                self._insert_clean(old_keys[j], old_hashes[j])

    def add(self, key: T) -> None:
        self._add_entry(key, hash(key))

    def __contains__(self, key: T) -> bool:
        return self._find(key, hash(key)) >= 0

    def _discard_entry(self, key: T, h: int) -> bool:
        j = self._find(key, h)
        if j < 0:
            return False
        self._state[j] = 2
        self._hashes[j] = -1
        self._used -= 1
        return True

    def discard(self, key: T) -> None:
        self._discard_entry(key, hash(key))

    def remove(self, key: T) -> None:
        """s.remove(key); KeyError(key) when missing."""
        if not self._discard_entry(key, hash(key)):
            raise KeyError(key)

    def pop(self) -> T:
        """s.pop(); KeyError 'pop from an empty set'."""
        if self._used == 0:
            raise KeyError("pop from an empty set")
        j = self._finger & self._mask
        while self._state[j] != 1:
            j += 1
            if j > self._mask:
                j = 0
        key = self._keys[j]
        self._state[j] = 2
        self._hashes[j] = -1
        self._used -= 1
        self._finger = j + 1
        return key

    def clear(self) -> None:
        self._reset_table(8)
        self._fill = 0
        self._used = 0

    def _merge(self, other: "Set[T]") -> None:
        """CPython's set_merge (self.update(other) for a set)."""
        if other is self or other._used == 0:
            return
        if (self._fill + other._used) * 5 >= self._mask * 3:
            self._resize((self._used + other._used) * 2)
        if self._fill == 0 and self._mask == other._mask and other._fill == other._used:
            for j in range(other._mask + 1):
                if other._state[j] == 1:
                    self._put(j, other._keys[j], other._hashes[j])
            self._fill = other._fill
            self._used = other._used
            return
        if self._fill == 0:
            self._fill = other._used
            self._used = other._used
            for j in range(other._mask + 1):
                if other._state[j] == 1:
                    self._insert_clean(other._keys[j], other._hashes[j])
            return
        for j in range(other._mask + 1):
            if other._state[j] == 1:
                self._add_entry(other._keys[j], other._hashes[j])

    def update(self, other: "Set[T]") -> None:
        """s |= other / s.update(other)."""
        self._merge(other)

    def update_list(self, xs: list[T]) -> None:
        """s.update(xs) / set(xs) for a list (or tuple, str...) of items."""
        for x in xs:
            self.add(x)

    def update_from_dict_keys(self, keys: list[T]) -> None:
        """set(d) / s.update(d) for a dict whose keys (in order) are given:
        CPython pre-sizes the table first."""
        n = len(keys)
        if (self._fill + n) * 5 >= self._mask * 3:
            self._resize((self._used + n) * 2)
        for x in keys:
            self.add(x)

    def const_frozenset(self) -> "Set[T]":
        """The frozenset constant CPython makes of a display of constants,
        self being its items added in order: the compiler's constant
        merging rebuilds it from its own iteration order. A `for` loop or
        comprehension over such a display iterates it directly."""
        f: Set[T] = Set()
        for j in range(self._mask + 1):
            if self._state[j] == 1:
                f._add_entry(self._keys[j], self._hashes[j])
        return f

    def const_display(self) -> "Set[T]":
        """The set a display of three or more constants (`{-5, -1, -2, 7}`)
        gives (self: its items added in order): a new empty set updated
        with the frozenset constant."""
        s: Set[T] = Set()
        s._merge(self.const_frozenset())
        return s

    def copy(self) -> "Set[T]":
        s: Set[T] = Set()
        s._merge(self)
        return s

    def __or__(self, other: "Set[T]") -> "Set[T]":
        s = self.copy()
        # CPython's set_or returns the copy for s | s: merging it again
        # would grow its table and so change the order.
        if other is not self:
            s._merge(other)
        return s

    def __and__(self, other: "Set[T]") -> "Set[T]":
        if other is self:
            # CPython's set_intersection: a copy, with the copy's layout.
            return self.copy()
        result: Set[T] = Set()
        a = self
        b = other
        if b._used > a._used:
            a = other
            b = self
        for j in range(b._mask + 1):
            if b._state[j] == 1:
                if a._find(b._keys[j], b._hashes[j]) >= 0:
                    result._add_entry(b._keys[j], b._hashes[j])
        return result

    def _difference_update(self, other: "Set[T]") -> None:
        if other is self:
            self.clear()
            return
        for j in range(other._mask + 1):
            if other._state[j] == 1:
                self._discard_entry(other._keys[j], other._hashes[j])
        # more than a quarter dummies: CPython resizes them away
        if self._fill - self._used <= self._mask // 4:
            return
        if self._used > 50000:
            self._resize(self._used * 2)
        else:
            self._resize(self._used * 4)

    def __sub__(self, other: "Set[T]") -> "Set[T]":
        if (self._used >> 2) > other._used:
            r = self.copy()
            r._difference_update(other)
            return r
        result: Set[T] = Set()
        for j in range(self._mask + 1):
            if self._state[j] == 1:
                if other._find(self._keys[j], self._hashes[j]) < 0:
                    result._add_entry(self._keys[j], self._hashes[j])
        return result

    def _symmetric_difference_update(self, other: "Set[T]") -> None:
        if other is self:
            self.clear()
            return
        for j in range(other._mask + 1):
            if other._state[j] == 1:
                if not self._discard_entry(other._keys[j], other._hashes[j]):
                    self._add_entry(other._keys[j], other._hashes[j])

    def __xor__(self, other: "Set[T]") -> "Set[T]":
        r = other.copy()
        r._symmetric_difference_update(self)
        return r

    def intersection_update(self, other: "Set[T]") -> None:
        """s &= other."""
        tmp = self & other
        self._keys = tmp._keys
        self._hashes = tmp._hashes
        self._state = tmp._state
        self._fill = tmp._fill
        self._used = tmp._used
        self._mask = tmp._mask

    def difference_update(self, other: "Set[T]") -> None:
        """s -= other."""
        self._difference_update(other)

    def symmetric_difference_update(self, other: "Set[T]") -> None:
        """s ^= other."""
        self._symmetric_difference_update(other)

    def __le__(self, other: "Set[T]") -> bool:
        """s <= other (issubset)."""
        if self._used > other._used:
            return False
        for j in range(self._mask + 1):
            if self._state[j] == 1:
                if other._find(self._keys[j], self._hashes[j]) < 0:
                    return False
        return True

    def __lt__(self, other: "Set[T]") -> bool:
        return self._used < other._used and self <= other

    def __ge__(self, other: "Set[T]") -> bool:
        return other <= self

    def __gt__(self, other: "Set[T]") -> bool:
        return other < self

    def __eq__(self, other: "Set[T]") -> bool:
        return self._used == other._used and self <= other

    # The named forms of the operators take one set here (CPython's take
    # any iterables); with one set argument CPython computes them as the
    # operators do, so they give the same items in the same order.
    def union(self, other: "Set[T]") -> "Set[T]":
        return self | other

    def intersection(self, other: "Set[T]") -> "Set[T]":
        return self & other

    def difference(self, other: "Set[T]") -> "Set[T]":
        return self - other

    def symmetric_difference(self, other: "Set[T]") -> "Set[T]":
        return self ^ other

    def issubset(self, other: "Set[T]") -> bool:
        return self <= other

    def issuperset(self, other: "Set[T]") -> bool:
        return other <= self

    def isdisjoint(self, other: "Set[T]") -> bool:
        for j in range(self._mask + 1):
            if self._state[j] == 1:
                if other._find(self._keys[j], self._hashes[j]) >= 0:
                    return False
        return True

    def _iter_next(self, i: int, size0: int) -> int:
        """Next active slot after i (-1 to start), or -1 at the end."""
        if self._used != size0:
            raise RuntimeError("Set changed size during iteration")
        j = i + 1
        while j <= self._mask:
            if self._state[j] == 1:
                return j
            j += 1
        return -1

    def _key_at(self, i: int) -> T:
        return self._keys[i]

    def to_list(self) -> list[T]:
        """list(s), in iteration order."""
        out: list[T] = []
        for j in range(self._mask + 1):
            if self._state[j] == 1:
                out.append(self._keys[j])
        return out

    def __repr__(self) -> str:
        if self._used == 0:
            return "set()"
        parts: list[str] = []
        for j in range(self._mask + 1):
            if self._state[j] == 1:
                parts.append(repr(self._keys[j]))
        return "{" + _prims.str_join(", ", parts) + "}"


# ---------------------------------------------------------------- lists


def list_index(xs: list[T], x: T, start: int = 0, stop: int = 9223372036854775807) -> int:
    """xs.index(x[, start[, stop]]); ValueError "X is not in list" (X =
    repr(x))."""
    n = len(xs)
    if start < 0:
        start += n
        if start < 0:
            start = 0
    if stop < 0:
        stop += n
        if stop < 0:
            stop = 0
    if stop > n:
        stop = n
    i = start
    while i < stop:
        if same_or_eq(xs[i], x):
            return i
        i += 1
    raise ValueError(repr(x) + " is not in list")


def list_count(xs: list[T], x: T) -> int:
    c = 0
    for y in xs:
        if same_or_eq(y, x):
            c += 1
    return c


def range_len(start: int, stop: int, step: int) -> int:
    """len(range(start, stop, step)) without building it, as
    (stop - start -+ 1) // step + 1 split by floor division by step: the
    quotients differ by at most 2**63 for |step| >= 2, the remainders'
    part is -1 or 0. Every step is checked so that nothing overflows: a
    length beyond the int range raises CPython's OverflowError (a
    difference stop - start that does not fit is not an error)."""
    if step == 0:
        raise ValueError("range() arg 3 must not be zero")
    big = 9223372036854775807
    if step > 0:
        if start >= stop:
            return 0
        if step == 1:
            # stop - start > big
            if start < 0 and stop > big + start:
                raise OverflowError("Python int too large to convert to C ssize_t")
            return stop - start
    else:
        if start <= stop:
            return 0
        if step == -1:
            # start - stop > big
            if stop < 0 and start > big + stop:
                raise OverflowError("Python int too large to convert to C ssize_t")
            return start - stop
    # Here |step| >= 2 and the range is not empty: neither bound is the
    # one whose remainder by -1 could overflow.
    r0 = start % step
    r1 = stop % step
    v = 0
    if step > 0 and r1 <= r0:
        v = -1
    if step < 0 and r1 >= r0:
        v = -1
    q1 = stop // step
    q0 = start // step
    # q1 - q0 + v + 1 is at least 1; it exceeds big when q1 - q0 does or
    # when q1 - q0 + v is big.
    if q0 < 0 and q1 > big + q0:
        raise OverflowError("Python int too large to convert to C ssize_t")
    d = q1 - q0 + v
    if d >= big:
        raise OverflowError("Python int too large to convert to C ssize_t")
    return d + 1


def range_contains(x: int, r: list[int]) -> bool:
    """x in range(r[0], r[1], r[2]) without building it; never overflows
    (x and start are above stop > -2**63 for a negative step, so no
    remainder is -2**63 % -1)."""
    start = r[0]
    stop = r[1]
    step = r[2]
    if step == 0:
        raise ValueError("range() arg 3 must not be zero")
    if step > 0:
        if x < start or x >= stop:
            return False
    elif x > start or x <= stop:
        return False
    return x % step == start % step


def list_contains_opt(xs: list[T | None], x: T) -> bool:
    """x in xs for a list of optional items and an x that is not None
    (a None item is never equal to it)."""
    for y in xs:
        if y is not None and same_or_eq(y, x):
            return True
    return False


def list_contains_none(xs: list[T | None], x: bool) -> bool:
    """None in xs: `x` is the None operand, which the IR represents as a
    bool (as it does every value of type None)."""
    for y in xs:
        if y is None:
            return True
    return False


def list_contains(xs: list[T], x: T) -> bool:
    """x in xs."""
    for y in xs:
        if same_or_eq(y, x):
            return True
    return False


def list_remove(xs: list[T], x: T) -> None:
    """xs.remove(x); ValueError "list.remove(x): x not in list"."""
    for i in range(len(xs)):
        if same_or_eq(xs[i], x):
            xs.pop(i)
            return
    raise ValueError("list.remove(x): x not in list")


def list_reverse(xs: list[T]) -> None:
    """xs.reverse() (in place)."""
    i = 0
    j = len(xs) - 1
    while i < j:
        t = xs[i]
        xs[i] = xs[j]
        xs[j] = t
        i += 1
        j -= 1


def list_reversed(xs: list[T]) -> list[T]:
    """list(reversed(xs))."""
    out: list[T] = []
    i = len(xs) - 1
    while i >= 0:
        out.append(xs[i])
        i -= 1
    return out


def list_copy(xs: list[T]) -> list[T]:
    return _prims.list_slice(xs, 0, len(xs))


def list_clear(xs: list[T]) -> None:
    _prims.list_truncate(xs, 0)


def list_extend(xs: list[T], ys: list[T]) -> None:
    """xs.extend(ys) (also xs += ys; safe when ys is xs)."""
    n = len(ys)
    for i in range(n):
        xs.append(ys[i])


def list_insert(xs: list[T], i: int, x: T) -> None:
    """xs.insert(i, x) with Python's index clamping."""
    n = len(xs)
    if i < 0:
        i += n
        if i < 0:
            i = 0
    elif i > n:
        i = n
    _prims.list_insert(xs, i, x)


def list_pop(xs: list[T], i: int = -1) -> T:
    """xs.pop([i])."""
    return xs.pop(i)


def list_repeat(xs: list[T], n: int) -> list[T]:
    """xs * n: [] for an empty list or n <= 0 at once (a loop of n empty
    rounds could run for ever); CPython's MemoryError when the item count
    exceeds what its 64-bit address space could hold."""
    out: list[T] = []
    if n <= 0 or len(xs) == 0:
        return out
    if len(xs) > 1152921504606846975 // n:
        raise MemoryError()
    for k in range(n):
        for x in xs:
            out.append(x)
    return out


def list_irepeat(xs: list[T], n: int) -> None:
    """xs *= n: CPython's list_inplace_repeat (the same list object)."""
    if n < 1:
        _prims.list_truncate(xs, 0)
        return
    m = len(xs)
    for k in range(n - 1):
        for i in range(m):
            xs.append(xs[i])


def list_concat(xs: list[T], ys: list[T]) -> list[T]:
    """xs + ys."""
    out = _prims.list_slice(xs, 0, len(xs))
    for y in ys:
        out.append(y)
    return out


def list_eq(xs: list[T], ys: list[T]) -> bool:
    if len(xs) != len(ys):
        return False
    for i in range(len(xs)):
        if not same_or_eq(xs[i], ys[i]):
            return False
    return True


def list_lt(xs: list[T], ys: list[T]) -> bool:
    """xs < ys as CPython's list_richcompare: the first index whose items
    differ by `==` (identity first), then that pair compared with the
    same operator (`<`; `<=` in list_le, ...), or the lengths when one
    list is exhausted. list_le / list_gt / list_ge likewise."""
    i = _list_diff(xs, ys)
    if i < 0:
        return len(xs) < len(ys)
    return xs[i] < ys[i]


def list_le(xs: list[T], ys: list[T]) -> bool:
    i = _list_diff(xs, ys)
    if i < 0:
        return len(xs) <= len(ys)
    return xs[i] <= ys[i]


def list_gt(xs: list[T], ys: list[T]) -> bool:
    i = _list_diff(xs, ys)
    if i < 0:
        return len(xs) > len(ys)
    return xs[i] > ys[i]


def list_ge(xs: list[T], ys: list[T]) -> bool:
    i = _list_diff(xs, ys)
    if i < 0:
        return len(xs) >= len(ys)
    return xs[i] >= ys[i]


def _list_diff(xs: list[T], ys: list[T]) -> int:
    """The first index where xs and ys differ by `==` (called on each pair
    in order, lengths re-read as an `__eq__` may change them), -1 when one
    of them is exhausted first."""
    i = 0
    while i < len(xs) and i < len(ys):
        if not same_or_eq(xs[i], ys[i]):
            return i
        i += 1
    return -1


def list_repr(xs: list[T]) -> str:
    """repr(xs) / str(xs): '[' + ', '.join(repr(x)) + ']'."""
    parts: list[str] = []
    for x in xs:
        parts.append(repr(x))
    return "[" + _prims.str_join(", ", parts) + "]"


def slice_indices(n: int, start: int, stop: int, step: int, has_start: bool, has_stop: bool) -> list[int]:
    """Python's slice.indices for a sequence of length n: [start, stop,
    step, count]; ValueError "slice step cannot be zero"."""
    if step == 0:
        raise ValueError("slice step cannot be zero")
    if step < -9223372036854775807:
        # As CPython: -step below must not overflow, and a step this large
        # takes at most one item either way.
        step = -9223372036854775807
    lower = 0
    upper = n
    if step < 0:
        lower = -1
        upper = n - 1
    if not has_start:
        if step < 0:
            start = upper
        else:
            start = lower
    else:
        if start < 0:
            start += n
            if start < lower:
                start = lower
        elif start > upper:
            start = upper
    if not has_stop:
        if step < 0:
            stop = lower
        else:
            stop = upper
    else:
        if stop < 0:
            stop += n
            if stop < lower:
                stop = lower
        elif stop > upper:
            stop = upper
    count = 0
    if step > 0:
        if start < stop:
            count = (stop - start - 1) // step + 1
    else:
        if stop < start:
            count = (start - stop - 1) // (-step) + 1
    return [start, stop, step, count]


def list_getslice(xs: list[T], start: int, stop: int, step: int, has_start: bool, has_stop: bool) -> list[T]:
    """xs[start:stop:step] (has_* False for an omitted bound)."""
    s = slice_indices(len(xs), start, stop, step, has_start, has_stop)
    if s[2] == 1:
        return _prims.list_slice(xs, s[0], s[0] + s[3])
    out: list[T] = []
    for k in range(s[3]):
        # start + k*step stays inside the sequence; stepping once past the
        # last item could overflow for a step near 2**63.
        out.append(xs[s[0] + k * s[2]])
    return out


def list_delslice(xs: list[T], start: int, stop: int, has_start: bool, has_stop: bool) -> None:
    """del xs[start:stop]."""
    s = slice_indices(len(xs), start, stop, 1, has_start, has_stop)
    if s[3] == 0:
        return
    tail = _prims.list_slice(xs, s[0] + s[3], len(xs))
    _prims.list_truncate(xs, s[0])
    for x in tail:
        xs.append(x)


def list_setslice(xs: list[T], start: int, stop: int, has_start: bool, has_stop: bool, ys: list[T]) -> None:
    """xs[start:stop] = ys (step 1)."""
    s = slice_indices(len(xs), start, stop, 1, has_start, has_stop)
    items = _prims.list_slice(ys, 0, len(ys))
    tail = _prims.list_slice(xs, s[0] + s[3], len(xs))
    _prims.list_truncate(xs, s[0])
    for x in items:
        xs.append(x)
    for x in tail:
        xs.append(x)


# Sorting: a port of CPython 3.11's list.sort (timsort with the powersort
# merge policy, Objects/listobject.c and Objects/listsort.txt), run on a
# permutation of indices into the keys. It makes the same `<` calls (same
# pairs, same order, same operand on each side) as CPython, so effectful
# or inconsistent orders (NaNs, printing __lt__) give CPython's result.
# reverse=True reverses the permutation, sorts, and reverses again, as
# CPython does (that keeps equal elements in their original order).
# When a `<` raises, the permutation is left as CPython leaves the list:
# the merges put their temporary buffer back, the partial state stays, and
# with reverse=True it is reversed back; list.sort stores that order.

_MIN_GALLOP: int = 7


def _timsort_perm(n: int, keys: list[K], reverse: bool) -> list[int]:
    """Stable sorting permutation of keys[0:n] (by `<`), CPython's way."""
    a = _timsort_start(n, reverse)
    _timsort(a, keys, reverse)
    return a


def _timsort_start(n: int, reverse: bool) -> list[int]:
    """The permutation _timsort starts from: the identity, or (reverse)
    CPython's initial reversal of the slice."""
    a: list[int] = []
    for i in range(n):
        if reverse:
            a.append(n - 1 - i)
        else:
            a.append(i)
    return a


def _timsort(a: list[int], keys: list[K], reverse: bool) -> None:
    """Sort the permutation a (from _timsort_start(len(a), reverse)) of
    indices into keys, CPython's way. If a `<` raises, a is left as
    CPython leaves the list: the partial state the algorithm reached (still
    a permutation), reversed back when reverse is set."""
    try:
        _timsort_runs(a, keys)
    except BaseException:
        if reverse:
            _reverse_ints(a, 0, len(a))
        raise
    if reverse:
        _reverse_ints(a, 0, len(a))


def _timsort_runs(a: list[int], keys: list[K]) -> None:
    n = len(a)
    if n < 2:
        return
    tmp: list[int] = []
    for i in range(n):
        tmp.append(0)
    ms: list[int] = [_MIN_GALLOP]
    rb: list[int] = []
    rl: list[int] = []
    rp: list[int] = []
    minrun = _merge_compute_minrun(n)
    lo = 0
    nremaining = n
    while nremaining > 0:
        run = _count_run(keys, a, lo, lo + nremaining)
        if run < minrun:
            force = minrun
            if nremaining <= minrun:
                force = nremaining
            _binary_sort(keys, a, lo, lo + force, lo + run)
            run = force
        if len(rb) > 0:
            top = len(rb) - 1
            power = _powerloop(rb[top], rl[top], run, n)
            while len(rb) > 1 and rp[len(rb) - 2] > power:
                _merge_at(keys, a, tmp, ms, rb, rl, rp, len(rb) - 2)
            rp[len(rb) - 1] = power
        rb.append(lo)
        rl.append(run)
        rp.append(0)
        lo += run
        nremaining -= run
    while len(rb) > 1:
        i = len(rb) - 2
        if i > 0 and rl[i - 1] < rl[i + 1]:
            i -= 1
        _merge_at(keys, a, tmp, ms, rb, rl, rp, i)


def _reverse_ints(a: list[int], lo: int, hi: int) -> None:
    """Reverse a[lo:hi] in place."""
    hi -= 1
    while lo < hi:
        t = a[lo]
        a[lo] = a[hi]
        a[hi] = t
        lo += 1
        hi -= 1


def _merge_compute_minrun(n: int) -> int:
    r = 0
    while n >= 64:
        r = r | (n & 1)
        n = n >> 1
    return n + r


def _count_run(keys: list[K], a: list[int], lo: int, hi: int) -> int:
    """Length of the run starting at a[lo] (hi > lo): non-descending, or
    strictly descending (then reversed in place)."""
    if lo + 1 == hi:
        return 1
    n = 2
    i = lo + 2
    if keys[a[lo + 1]] < keys[a[lo]]:
        while i < hi:
            if keys[a[i]] < keys[a[i - 1]]:
                i += 1
                n += 1
            else:
                break
        _reverse_ints(a, lo, lo + n)
    else:
        while i < hi:
            if keys[a[i]] < keys[a[i - 1]]:
                break
            i += 1
            n += 1
    return n


def _binary_sort(keys: list[K], a: list[int], lo: int, hi: int, start: int) -> None:
    """Binary insertion sort of a[lo:hi], a[lo:start] being sorted."""
    if lo == start:
        start += 1
    while start < hi:
        left = lo
        right = start
        pivot = a[start]
        while True:
            p = left + ((right - left) >> 1)
            if keys[pivot] < keys[a[p]]:
                right = p
            else:
                left = p + 1
            if left >= right:
                break
        p = start
        while p > left:
            a[p] = a[p - 1]
            p -= 1
        a[left] = pivot
        start += 1


def _powerloop(s1: int, n1: int, n2: int, n: int) -> int:
    """Power of the run a[s1:s1+n1] followed by a run of n2 (powersort)."""
    result = 0
    x = 2 * s1 + n1
    y = x + n1 + n2
    while True:
        result += 1
        if x >= n:
            x -= n
            y -= n
        elif y >= n:
            break
        x = x << 1
        y = y << 1
    return result


def _gallop_left(key: K, keys: list[K], a: list[int], base: int, n: int, hint: int) -> int:
    """k in [0, n] with a[base+k-1] < key <= a[base+k] (leftmost spot)."""
    h = base + hint
    lastofs = 0
    ofs = 1
    if keys[a[h]] < key:
        maxofs = n - hint
        while ofs < maxofs:
            if keys[a[h + ofs]] < key:
                lastofs = ofs
                ofs = (ofs << 1) + 1
            else:
                break
        if ofs > maxofs:
            ofs = maxofs
        lastofs += hint
        ofs += hint
    else:
        maxofs = hint + 1
        while ofs < maxofs:
            if keys[a[h - ofs]] < key:
                break
            lastofs = ofs
            ofs = (ofs << 1) + 1
        if ofs > maxofs:
            ofs = maxofs
        k = lastofs
        lastofs = hint - ofs
        ofs = hint - k
    lastofs += 1
    while lastofs < ofs:
        m = lastofs + ((ofs - lastofs) >> 1)
        if keys[a[base + m]] < key:
            lastofs = m + 1
        else:
            ofs = m
    return ofs


def _gallop_right(key: K, keys: list[K], a: list[int], base: int, n: int, hint: int) -> int:
    """k in [0, n] with a[base+k-1] <= key < a[base+k] (rightmost spot)."""
    h = base + hint
    lastofs = 0
    ofs = 1
    if key < keys[a[h]]:
        maxofs = hint + 1
        while ofs < maxofs:
            if key < keys[a[h - ofs]]:
                lastofs = ofs
                ofs = (ofs << 1) + 1
            else:
                break
        if ofs > maxofs:
            ofs = maxofs
        k = lastofs
        lastofs = hint - ofs
        ofs = hint - k
    else:
        maxofs = n - hint
        while ofs < maxofs:
            if key < keys[a[h + ofs]]:
                break
            lastofs = ofs
            ofs = (ofs << 1) + 1
        if ofs > maxofs:
            ofs = maxofs
        lastofs += hint
        ofs += hint
    lastofs += 1
    while lastofs < ofs:
        m = lastofs + ((ofs - lastofs) >> 1)
        if key < keys[a[base + m]]:
            ofs = m
        else:
            lastofs = m + 1
    return ofs


def _merge_at(keys: list[K], a: list[int], tmp: list[int], ms: list[int],
              rb: list[int], rl: list[int], rp: list[int], i: int) -> None:
    """Merge the pending runs i and i + 1."""
    pa = rb[i]
    na = rl[i]
    pb = rb[i + 1]
    nb = rl[i + 1]
    cnt = len(rb)
    rl[i] = na + nb
    if i == cnt - 3:
        rb[i + 1] = rb[i + 2]
        rl[i + 1] = rl[i + 2]
        rp[i + 1] = rp[i + 2]
    _prims.list_truncate(rb, cnt - 1)
    _prims.list_truncate(rl, cnt - 1)
    _prims.list_truncate(rp, cnt - 1)
    k = _gallop_right(keys[a[pb]], keys, a, pa, na, 0)
    pa += k
    na -= k
    if na == 0:
        return
    nb = _gallop_left(keys[a[pa + na - 1]], keys, a, pb, nb, nb - 1)
    if nb <= 0:
        return
    if na <= nb:
        _merge_lo(keys, a, tmp, ms, pa, na, pb, nb)
    else:
        _merge_hi(keys, a, tmp, ms, pa, na, pb, nb)


def _merge_lo(keys: list[K], a: list[int], tmp: list[int], ms: list[int],
              pa: int, na: int, pb: int, nb: int) -> None:
    """Merge a[pa:pa+na] and a[pb:pb+nb] (pb = pa + na, na <= nb) in place,
    going up, with A copied to tmp."""
    for j in range(na):
        tmp[j] = a[pa + j]
    dest = pa
    ia = 0
    ib = pb
    a[dest] = a[ib]
    dest += 1
    ib += 1
    nb -= 1
    mode = 0  # 1: done, copy the rest of A; 2: copy B, then the last of A
    if nb == 0:
        mode = 1
    elif na == 1:
        mode = 2
    min_gallop = ms[0]
    try:
        while mode == 0:
            acount = 0
            bcount = 0
            while True:
                if keys[a[ib]] < keys[tmp[ia]]:
                    a[dest] = a[ib]
                    dest += 1
                    ib += 1
                    bcount += 1
                    acount = 0
                    nb -= 1
                    if nb == 0:
                        mode = 1
                        break
                    if bcount >= min_gallop:
                        break
                else:
                    a[dest] = tmp[ia]
                    dest += 1
                    ia += 1
                    acount += 1
                    bcount = 0
                    na -= 1
                    if na == 1:
                        mode = 2
                        break
                    if acount >= min_gallop:
                        break
            if mode != 0:
                break
            min_gallop += 1
            while True:
                if min_gallop > 1:
                    min_gallop -= 1
                ms[0] = min_gallop
                k = _gallop_right(keys[a[ib]], keys, tmp, ia, na, 0)
                acount = k
                if k != 0:
                    for j in range(k):
                        a[dest + j] = tmp[ia + j]
                    dest += k
                    ia += k
                    na -= k
                    if na == 1:
                        mode = 2
                        break
                    if na == 0:
                        mode = 1
                        break
                a[dest] = a[ib]
                dest += 1
                ib += 1
                nb -= 1
                if nb == 0:
                    mode = 1
                    break
                k = _gallop_left(keys[tmp[ia]], keys, a, ib, nb, 0)
                bcount = k
                if k != 0:
                    for j in range(k):
                        a[dest + j] = a[ib + j]
                    dest += k
                    ib += k
                    nb -= k
                    if nb == 0:
                        mode = 1
                        break
                a[dest] = tmp[ia]
                dest += 1
                ia += 1
                na -= 1
                if na == 1:
                    mode = 2
                    break
                if acount < _MIN_GALLOP and bcount < _MIN_GALLOP:
                    break
            if mode != 0:
                break
            min_gallop += 1
            ms[0] = min_gallop
    except BaseException:
        # A `<` raised: the rest of A (in tmp) fills the gap before
        # what is left of B, so a stays a permutation (as CPython).
        for j in range(na):
            a[dest + j] = tmp[ia + j]
        raise
    if mode == 1:
        for j in range(na):
            a[dest + j] = tmp[ia + j]
    else:
        for j in range(nb):
            a[dest + j] = a[ib + j]
        a[dest + nb] = tmp[ia]


def _merge_hi(keys: list[K], a: list[int], tmp: list[int], ms: list[int],
              pa: int, na: int, pb: int, nb: int) -> None:
    """Merge a[pa:pa+na] and a[pb:pb+nb] (pb = pa + na, na > nb) in place,
    going down, with B copied to tmp."""
    for j in range(nb):
        tmp[j] = a[pb + j]
    dest = pb + nb - 1
    ia = pa + na - 1
    ib = nb - 1
    a[dest] = a[ia]
    dest -= 1
    ia -= 1
    na -= 1
    mode = 0  # 1: done, copy the rest of B; 2: copy A, then the first of B
    if na == 0:
        mode = 1
    elif nb == 1:
        mode = 2
    min_gallop = ms[0]
    try:
        while mode == 0:
            acount = 0
            bcount = 0
            while True:
                if keys[tmp[ib]] < keys[a[ia]]:
                    a[dest] = a[ia]
                    dest -= 1
                    ia -= 1
                    acount += 1
                    bcount = 0
                    na -= 1
                    if na == 0:
                        mode = 1
                        break
                    if acount >= min_gallop:
                        break
                else:
                    a[dest] = tmp[ib]
                    dest -= 1
                    ib -= 1
                    bcount += 1
                    acount = 0
                    nb -= 1
                    if nb == 1:
                        mode = 2
                        break
                    if bcount >= min_gallop:
                        break
            if mode != 0:
                break
            min_gallop += 1
            while True:
                if min_gallop > 1:
                    min_gallop -= 1
                ms[0] = min_gallop
                k = na - _gallop_right(keys[tmp[ib]], keys, a, pa, na, na - 1)
                acount = k
                if k != 0:
                    dest -= k
                    ia -= k
                    j = k
                    while j > 0:
                        a[dest + j] = a[ia + j]
                        j -= 1
                    na -= k
                    if na == 0:
                        mode = 1
                        break
                a[dest] = tmp[ib]
                dest -= 1
                ib -= 1
                nb -= 1
                if nb == 1:
                    mode = 2
                    break
                k = nb - _gallop_left(keys[a[ia]], keys, tmp, 0, nb, nb - 1)
                bcount = k
                if k != 0:
                    dest -= k
                    ib -= k
                    for j in range(1, k + 1):
                        a[dest + j] = tmp[ib + j]
                    nb -= k
                    if nb == 1:
                        mode = 2
                        break
                    if nb == 0:
                        mode = 1
                        break
                a[dest] = a[ia]
                dest -= 1
                ia -= 1
                na -= 1
                if na == 0:
                    mode = 1
                    break
                if acount < _MIN_GALLOP and bcount < _MIN_GALLOP:
                    break
            if mode != 0:
                break
            min_gallop += 1
            ms[0] = min_gallop
    except BaseException:
        # A `<` raised: the rest of B (in tmp) fills the gap after what
        # is left of A, so a stays a permutation (as CPython).
        for j in range(nb):
            a[dest - (nb - 1) + j] = tmp[j]
        raise
    if mode == 1:
        for j in range(nb):
            a[dest - (nb - 1) + j] = tmp[j]
    else:
        j = na
        while j > 0:
            a[dest - na + j] = a[ia - na + j]
            j -= 1
        dest -= na
        a[dest] = tmp[ib]


def list_sort_take(xs: list[T]) -> list[T]:
    """Start of xs.sort(): CPython empties the list and detaches its
    storage while it sorts (key functions and comparisons see []); returns
    the items. An empty list is left alone: its sort runs no user code, and
    it may be a list whose own sort is running, whose state must stay."""
    items = _prims.list_slice(xs, 0, len(xs))
    if len(items) != 0:
        _prims.list_detach(xs)
    return items


def list_sort_restore(xs: list[T], items: list[T], check: bool) -> None:
    """End of xs.sort(): put the items back, dropping whatever user code
    stored meanwhile; with `check`, ValueError "list modified during sort"
    if anything gave the list storage again (CPython's rule: an item
    stored and removed again counts, emptying the empty list does not)."""
    if len(items) == 0:
        return  # list_sort_take left it alone
    modified = not _prims.list_detached(xs)
    _prims.list_truncate(xs, 0)
    for x in items:
        xs.append(x)
    if check and modified:
        raise ValueError("list modified during sort")


def _permuted(xs: list[T], perm: list[int]) -> list[T]:
    out: list[T] = []
    for i in range(len(perm)):
        out.append(xs[perm[i]])
    return out


def list_sort(xs: list[T], reverse: bool = False) -> None:
    """xs.sort(reverse=...) by the elements' own `<`."""
    items = list_sort_take(xs)
    list_sort_keyed(xs, items, items, reverse)


def list_sort_keyed(xs: list[T], items: list[T], keys: list[K], reverse: bool) -> None:
    """End of xs.sort(key=f, reverse=...): items = list_sort_take(xs), keys
    = [f(x) for x in items] (the front end restores the list with
    list_sort_restore if f raises). If a `<` raises, the list gets its
    items in the partial order the sort had reached, as in CPython (and
    whatever user code stored in it meanwhile is dropped, unchecked)."""
    a = _timsort_start(len(items), reverse)
    try:
        _timsort(a, keys, reverse)
    except BaseException:
        list_sort_restore(xs, _permuted(items, a), False)
        raise
    list_sort_restore(xs, _permuted(items, a), True)


def list_sort_key(xs: list[T], keys: list[K], reverse: bool = False) -> None:
    """Sort a list no user code can see (the copy sorted() makes) given
    keys = [f(x) for x in xs]."""
    perm = _timsort_perm(len(xs), keys, reverse)
    copy = _prims.list_slice(xs, 0, len(xs))
    for i in range(len(perm)):
        xs[i] = copy[perm[i]]


def builtin_sorted(xs: list[T], reverse: bool = False) -> list[T]:
    """sorted(xs, reverse=...) (a new list)."""
    out = _prims.list_slice(xs, 0, len(xs))
    perm = _timsort_perm(len(out), out, reverse)
    return _permuted(out, perm)


def builtin_sum_int(xs: list[int], start: int = 0) -> int:
    s = start
    for x in xs:
        s = s + x
    return s


def builtin_sum_float(xs: list[float], start: float = 0.0) -> float:
    """sum of floats, left to right (CPython 3.11)."""
    s = start
    for x in xs:
        s = s + x
    return s
