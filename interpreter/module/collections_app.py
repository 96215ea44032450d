"""App-level source of the collections module: deque, defaultdict,
OrderedDict, Counter, namedtuple (compiled by the VM on first import;
dict/tuple subclasses rely on the VM's builtin-subclass support). The rest
of the module (ChainMap, UserDict, UserList, UserString) is in
collections_more_app.py."""

COLLECTIONS_SOURCE = """
import sys as _sys
from itertools import chain as _chain, repeat as _repeat, starmap as _starmap

_KEYWORDS = frozenset(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
                       'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
                       'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
                       'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
                       'while', 'with', 'yield'])

_marker = object()


def _seq_repr(items):
    return '[' + ', '.join([repr(x) for x in items]) + ']'


################################################################ deque

class deque:
    # A ring buffer: the items are _buf[(_head + i) & _mask] for i in
    # range(_len), the capacity a power of two, so that append, appendleft,
    # pop and popleft are O(1) (amortised) and indexing is O(1). _state
    # counts structural changes, for the iterators' mutation check.

    def __hash__(self):
        raise TypeError("unhashable type: 'collections.deque'")

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        if iterable is self:
            iterable = list(iterable)
        self._maxlen = maxlen
        self._buf = [None] * 8
        self._mask = 7
        self._head = 0
        self._len = 0
        self._state = 0
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def _items(self):
        buf = self._buf
        mask = self._mask
        head = self._head
        return [buf[(head + i) & mask] for i in range(self._len)]

    def _load(self, items):
        cap = 8
        while cap < len(items):
            cap *= 2
        self._buf = items + [None] * (cap - len(items))
        self._mask = cap - 1
        self._head = 0
        self._len = len(items)

    def _grow(self):
        items = self._items()
        self._buf = items + [None] * len(items)
        self._mask = 2 * len(items) - 1
        self._head = 0

    def _shrink(self):
        if self._len * 4 < len(self._buf) and len(self._buf) > 64:
            self._load(self._items())

    def append(self, x):
        self._state += 1
        if self._maxlen is not None and self._len >= self._maxlen:
            if self._maxlen == 0:
                return
            self._take_left()
        if self._len == len(self._buf):
            self._grow()
        self._buf[(self._head + self._len) & self._mask] = x
        self._len += 1

    def appendleft(self, x):
        self._state += 1
        if self._maxlen is not None and self._len >= self._maxlen:
            if self._maxlen == 0:
                return
            self._take_right()
        if self._len == len(self._buf):
            self._grow()
        self._head = (self._head - 1) & self._mask
        self._buf[self._head] = x
        self._len += 1

    def _take_left(self):
        i = self._head
        x = self._buf[i]
        self._buf[i] = None
        self._head = (i + 1) & self._mask
        self._len -= 1
        return x

    def _take_right(self):
        i = (self._head + self._len - 1) & self._mask
        x = self._buf[i]
        self._buf[i] = None
        self._len -= 1
        return x

    def pop(self):
        if not self._len:
            raise IndexError('pop from an empty deque')
        self._state += 1
        x = self._take_right()
        self._shrink()
        return x

    def popleft(self):
        if not self._len:
            raise IndexError('pop from an empty deque')
        self._state += 1
        x = self._take_left()
        self._shrink()
        return x

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def rotate(self, n=1):
        k = self._len
        if k <= 1:
            return
        self._state += 1
        n = n % k
        if n == 0:
            return
        if n <= k // 2:
            for i in range(n):
                self._head = (self._head - 1) & self._mask
                self._buf[self._head] = self._buf[(self._head + k) & self._mask]
                self._buf[(self._head + k) & self._mask] = None
        else:
            for i in range(k - n):
                self._buf[(self._head + k) & self._mask] = self._buf[self._head]
                self._buf[self._head] = None
                self._head = (self._head + 1) & self._mask

    def clear(self):
        self._state += 1
        self._buf = [None] * 8
        self._mask = 7
        self._head = 0
        self._len = 0

    def copy(self):
        return self.__class__(self._items(), self._maxlen)

    __copy__ = copy

    def count(self, x):
        state = self._state
        n = 0
        for y in self._items():
            if y is x or y == x:
                n += 1
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        return n

    def index(self, x, start=0, stop=None):
        k = self._len
        if stop is None:
            stop = k
        if start < 0:
            start += k
            if start < 0:
                start = 0
        if stop < 0:
            stop += k
            if stop < 0:
                stop = 0
        if stop > k:
            stop = k
        state = self._state
        i = start
        while i < stop:
            y = self._buf[(self._head + i) & self._mask]
            if y is x or y == x:
                return i
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
            i += 1
        raise ValueError(repr(x) + ' is not in deque')

    def insert(self, i, x):
        if self._maxlen is not None and self._len >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        self._state += 1
        items = self._items()
        items.insert(i, x)
        self._load(items)

    def remove(self, value):
        state = self._state
        for i in range(self._len):
            y = self._buf[(self._head + i) & self._mask]
            if y is value or y == value:
                if state != self._state:
                    raise IndexError('deque mutated during remove().')
                self._state += 1
                items = self._items()
                del items[i]
                self._load(items)
                return
            if state != self._state:
                raise IndexError('deque mutated during remove().')
        raise ValueError(repr(value) + ' is not in deque')

    def reverse(self):
        self._state += 1
        items = self._items()
        items.reverse()
        self._load(items)

    def _index(self, i):
        if not isinstance(i, int):
            if hasattr(type(i), '__index__'):
                i = type(i).__index__(i)
            else:
                raise TypeError('sequence index must be integer, not ' + repr(type(i).__name__))
        k = self._len
        if i < 0:
            i += k
        if i < 0 or i >= k:
            raise IndexError('deque index out of range')
        return (self._head + i) & self._mask

    def __getitem__(self, i):
        return self._buf[self._index(i)]

    def __setitem__(self, i, x):
        self._buf[self._index(i)] = x

    def __delitem__(self, i):
        self._index(i)
        k = self._len
        if i < 0:
            i += k
        self.rotate(-i)
        self.popleft()
        self.rotate(i)

    def __len__(self):
        return self._len

    def __bool__(self):
        return self._len > 0

    def __contains__(self, x):
        state = self._state
        for i in range(self._len):
            y = self._buf[(self._head + i) & self._mask]
            if y is x or y == x:
                return True
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        return False

    def __iter__(self):
        return _deque_iterator(self, False)

    def __reversed__(self):
        return _deque_reverse_iterator(self, True)

    def __repr__(self):
        name = type(self).__name__
        if not _repr_enter(self):
            return '[...]'
        try:
            body = _seq_repr(self._items())
        finally:
            _repr_leave(self)
        if self._maxlen is None:
            return name + '(' + body + ')'
        return name + '(' + body + ', maxlen=' + str(self._maxlen) + ')'

    def _cmp_list(self, other):
        if isinstance(other, deque):
            return other._items()
        return None

    def _cmp_fail(self, other, op, swapped):
        if hasattr(type(other), swapped) and not isinstance(other, (int, float, str, list, tuple, dict,
                                                                    set, frozenset, bytes, type(None))):
            return NotImplemented
        raise TypeError("'" + op + "' not supported between instances of 'collections.deque' and '" +
                        type(other).__name__ + "'")

    def __eq__(self, other):
        o = self._cmp_list(other)
        if o is None:
            return NotImplemented
        return self._items() == o

    def __ne__(self, other):
        o = self._cmp_list(other)
        if o is None:
            return NotImplemented
        return self._items() != o

    def __lt__(self, other):
        o = self._cmp_list(other)
        if o is None:
            return self._cmp_fail(other, '<', '__gt__')
        return self._items() < o

    def __le__(self, other):
        o = self._cmp_list(other)
        if o is None:
            return self._cmp_fail(other, '<=', '__ge__')
        return self._items() <= o

    def __gt__(self, other):
        o = self._cmp_list(other)
        if o is None:
            return self._cmp_fail(other, '>', '__lt__')
        return self._items() > o

    def __ge__(self, other):
        o = self._cmp_list(other)
        if o is None:
            return self._cmp_fail(other, '>=', '__le__')
        return self._items() >= o

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "' + type(other).__name__ + '") to deque')
        r = self.copy()
        r.extend(other)
        return r

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        r = self.__class__((), self._maxlen)
        items = self._items()
        for i in range(n):
            r.extend(items)
        return r

    __rmul__ = __mul__

    def __imul__(self, n):
        items = self._items()
        self.clear()
        for i in range(n):
            self.extend(items)
        return self


class _deque_iterator:
    # Walks the deque as it was when the iterator was made; any structural
    # change since then makes the next step raise (as CPython's does).

    def __init__(self, dq, backwards):
        self._dq = dq
        self._state = dq._state
        self._left = dq._len
        self._pos = dq._len - 1 if backwards else 0
        self._step = -1 if backwards else 1

    def __iter__(self):
        return self

    def __next__(self):
        dq = self._dq
        if dq._state != self._state:
            self._left = 0
            raise RuntimeError('deque mutated during iteration')
        if self._left == 0:
            raise StopIteration
        x = dq._buf[(dq._head + self._pos) & dq._mask]
        self._pos += self._step
        self._left -= 1
        return x

    def __length_hint__(self):
        return self._left


class _deque_reverse_iterator(_deque_iterator):
    pass


_repr_running = []


def _repr_enter(obj):
    for x in _repr_running:
        if x is obj:
            return False
    _repr_running.append(obj)
    return True


def _repr_leave(obj):
    i = len(_repr_running) - 1
    while i >= 0:
        if _repr_running[i] is obj:
            del _repr_running[i]
            return
        i -= 1


################################################################ defaultdict

class defaultdict(dict):
    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        if not _repr_enter(self):
            return '...'
        try:
            f = self.default_factory
            if f is None:
                fr = 'None'
            elif not _repr_enter(f):
                fr = '...'
            else:
                try:
                    fr = repr(f)
                finally:
                    _repr_leave(f)
            return type(self).__name__ + '(' + fr + ', ' + repr(dict(self)) + ')'
        finally:
            _repr_leave(self)

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        r = self.copy()
        r.update(other)
        return r

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        r = type(self)(self.default_factory, other)
        r.update(self)
        return r

    def __ior__(self, other):
        self.update(other)
        return self


################################################################ OrderedDict

class OrderedDict(dict):
    def __init__(self, *args, **kwargs):
        if len(args) > 1:
            raise TypeError('expected at most 1 arguments, got ' + str(len(args)))
        self.update(*args, **kwargs)

    def update(self, *args, **kwargs):
        if len(args) > 1:
            raise TypeError('update expected at most 1 argument, got ' + str(len(args)))
        if args:
            other = args[0]
            if isinstance(other, dict):
                for k in other:
                    self[k] = other[k]
            elif hasattr(other, 'keys'):
                for k in other.keys():
                    self[k] = other[k]
            else:
                for k, v in other:
                    self[k] = v
        for k in kwargs:
            self[k] = kwargs[k]

    def move_to_end(self, key, last=True):
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            items = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            for k, v in items:
                dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)
        key = next(iter(self))
        value = dict.pop(self, key)
        return (key, value)

    def __reversed__(self):
        return reversed(list(dict.keys(self)))

    def __repr__(self):
        if not self:
            return type(self).__name__ + '()'
        if not _repr_enter(self):
            return '...'
        try:
            return type(self).__name__ + '(' + repr(list(self.items())) + ')'
        finally:
            _repr_leave(self)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            if len(self) != len(other):
                return False
            for a, b in zip(self, other):
                if not (a == b):
                    return False
            return dict(self) == dict(other)
        if isinstance(other, dict):
            return dict(self) == dict(other)
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    __hash__ = None

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        r = cls()
        for k in iterable:
            r[k] = value
        return r

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        r = type(self)(self)
        r.update(other)
        return r

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        r = type(self)(other)
        r.update(self)
        return r

    def __ior__(self, other):
        self.update(other)
        return self


################################################################ Counter

class Counter(dict):
    def __init__(self, iterable=None, /, **kwds):
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        items = sorted(self.items(), key=_count_of, reverse=True)
        if n is None:
            return items
        if n < 0:
            n = 0
        return items[:n]

    def elements(self):
        return _chain.from_iterable(_starmap(_repeat, self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError('Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict) or hasattr(iterable, 'keys'):
                if self:
                    for elem in iterable.keys():
                        self[elem] = iterable[elem] + self.get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict) or hasattr(iterable, 'keys'):
                for elem in iterable.keys():
                    self[elem] = self.get(elem, 0) - iterable[elem]
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    def __delitem__(self, elem):
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return type(self).__name__ + '()'
        if not _repr_enter(self):
            return '...'
        try:
            try:
                d = dict(self.most_common())
            except TypeError:
                d = dict(self)
            return type(self).__name__ + '(' + repr(d) + ')'
        finally:
            _repr_leave(self)

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for e in self:
            if self[e] != other[e]:
                return False
        for e in other:
            if self[e] != other[e]:
                return False
        return True

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for e in self:
            if not (self[e] <= other[e]):
                return False
        for e in other:
            if not (self[e] <= other[e]):
                return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for e in self:
            if not (self[e] >= other[e]):
                return False
        for e in other:
            if not (self[e] >= other[e]):
                return False
        return True

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [e for e, c in self.items() if not c > 0]:
            dict.__delitem__(self, elem)
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


def _count_of(item):
    return item[1]


################################################################ namedtuple

class _tuplegetter:
    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return obj[self._index]

    def __set__(self, obj, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, obj):
        raise AttributeError("can't delete attribute")


def _and_list(names):
    q = ["'" + n + "'" for n in names]
    if len(q) == 1:
        return q[0]
    if len(q) == 2:
        return q[0] + ' and ' + q[1]
    return ', '.join(q[:-1]) + ', and ' + q[-1]


def _bind(fname, fields, defaults, args, kwargs):
    n = len(fields)
    nargs = len(args)
    if nargs > n:
        if defaults:
            takes = 'from ' + str(n - len(defaults) + 1) + ' to ' + str(n + 1)
        else:
            takes = str(n + 1)
        raise TypeError(fname + '() takes ' + takes + ' positional argument' + ('' if takes == '1' else 's') +
                        ' but ' + str(nargs + 1) + ' were given')
    values = list(args)
    while len(values) < n:
        values.append(_marker)
    for k in kwargs:
        if k not in fields:
            raise TypeError(fname + "() got an unexpected keyword argument '" + k + "'")
        i = fields.index(k)
        if values[i] is not _marker:
            raise TypeError(fname + "() got multiple values for argument '" + k + "'")
        values[i] = kwargs[k]
    nd = len(defaults)
    missing = []
    for i in range(n):
        if values[i] is _marker:
            if i >= n - nd:
                values[i] = defaults[i - (n - nd)]
            else:
                missing.append(fields[i])
    if missing:
        raise TypeError(fname + '() missing ' + str(len(missing)) + ' required positional argument' +
                        ('' if len(missing) == 1 else 's') + ': ' + _and_list(missing))
    return tuple(values)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS or name.startswith('_')
                    or name in seen):
                field_names[index] = '_' + str(index)
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: ' + repr(name))
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a keyword: ' + repr(name))

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: ' + repr(name))
        if name in seen:
            raise ValueError('Encountered duplicate field name: ' + repr(name))
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names), reversed(defaults)))))
    else:
        defaults = ()

    field_names = tuple(field_names)
    num_fields = len(field_names)
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','
    new_name = typename + '.__new__'

    def __new__(_cls, *args, **kwargs):
        return tuple.__new__(_cls, _bind(new_name, field_names, defaults, args, kwargs))

    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != num_fields:
            raise TypeError('Expected ' + str(num_fields) + ' arguments, got ' + str(len(result)))
        return result

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(f) if f in kwds else v for f, v in zip(field_names, self)])
        if kwds:
            raise ValueError('Got unexpected field names: ' + repr(list(kwds)))
        return result

    def __repr__(self):
        return self.__class__.__name__ + '(' + ', '.join(
            [f + '=' + repr(v) for f, v in zip(self._fields, self)]) + ')'

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    __new__.__doc__ = 'Create new instance of ' + typename + '(' + arg_list + ')'
    if defaults:
        __new__.__defaults__ = defaults
    _replace.__doc__ = 'Return a new ' + typename + ' object replacing specified fields with new values'
    _asdict.__doc__ = 'Return a new dict which maps field names to their values.'
    __repr__.__doc__ = 'Return a nicely formatted representation string'

    if module is None:
        module = '__main__'
    ns = {
        '__doc__': typename + '(' + ', '.join(field_names) + ')',
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
        '__module__': module,
        '__qualname__': typename,
    }
    for index, name in enumerate(field_names):
        ns[name] = _tuplegetter(index, 'Alias for field number ' + str(index))
    for f in (__new__, _replace, __repr__, _asdict, __getnewargs__):
        f.__qualname__ = typename + '.' + f.__name__
    _make.__qualname__ = typename + '._make'
    return type(typename, (tuple,), ns)
"""
