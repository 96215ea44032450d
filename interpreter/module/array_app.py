"""App-level source of the `array` module (typed arrays stored as a list
of Python values, checked and converted as CPython's array does)."""

ARRAY_SOURCE = r'''
"""Arrays of basic values: characters, integers, floating point numbers."""

import struct as _struct

typecodes = "bBuhHiIlLqQfd"

_ITEMSIZE = {"b": 1, "B": 1, "u": 4, "h": 2, "H": 2, "i": 4, "I": 4, "l": 8, "L": 8,
             "q": 8, "Q": 8, "f": 4, "d": 8}
_LONG_MIN = -(1 << 63)
_LONG_MAX = (1 << 63) - 1
_ULONG_MAX = (1 << 64) - 1


def _index(v):
    if isinstance(v, int):
        return int(v)
    m = getattr(type(v), "__index__", None)
    if m is None:
        raise TypeError("'" + type(v).__name__ + "' object cannot be interpreted as an integer")
    return m(v)


def _range(v, lo, hi, what):
    if v < lo:
        raise OverflowError(what + " is less than minimum")
    if v > hi:
        raise OverflowError(what + " is greater than maximum")


def _check(tc, v):
    """The stored form of v for typecode tc (raising as CPython)."""
    if tc == "f" or tc == "d":
        if not isinstance(v, (int, float)):
            m = getattr(type(v), "__float__", None)
            if m is None:
                m = getattr(type(v), "__index__", None)
                if m is None:
                    raise TypeError("must be real number, not " + type(v).__name__)
            v = m(v)
        v = float(v)
        if tc == "f":
            v = _struct.unpack("f", _struct.pack("f", v))[0]
        return v
    if tc == "u":
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError("array item must be unicode character")
        return v
    v = _index(v)
    if tc in "bBhHil":
        if v < _LONG_MIN or v > _LONG_MAX:
            raise OverflowError("Python int too large to convert to C long")
        if tc == "b":
            _range(v, -32768, 32767, "signed short integer")
            _range(v, -128, 127, "signed char")
        elif tc == "B":
            _range(v, 0, 255, "unsigned byte integer")
        elif tc == "h":
            _range(v, -32768, 32767, "signed short integer")
        elif tc == "H":
            _range(v, -2147483648, 2147483647, "signed integer")
            _range(v, 0, 65535, "unsigned short")
        elif tc == "i":
            _range(v, -2147483648, 2147483647, "signed integer")
        return v
    if tc == "I" or tc == "L":
        if v < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if v > _ULONG_MAX:
            raise OverflowError("Python int too large to convert to C unsigned long")
        if tc == "I" and v > 4294967295:
            raise OverflowError("unsigned int is greater than maximum")
        return v
    if tc == "q":
        if v < _LONG_MIN or v > _LONG_MAX:
            raise OverflowError("int too big to convert")
        return v
    if v < 0:
        raise OverflowError("can't convert negative int to unsigned")
    if v > _ULONG_MAX:
        raise OverflowError("int too big to convert")
    return v


def _sfmt(tc, n):
    return "@" + str(n) + ("I" if tc == "u" else tc)


class array:
    """array(typecode [, initializer]) -> array"""

    def __init__(self, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1:
            if isinstance(typecode, str):
                raise TypeError("array() argument 1 must be a unicode character, not str")
            raise TypeError("array() argument 1 must be a unicode character, not " +
                            type(typecode).__name__)
        if typecode not in _ITEMSIZE:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self._tc = typecode
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, str):
            if typecode != "u":
                raise TypeError("cannot use a str to initialize an array with typecode '" +
                                typecode + "'")
            self._items = list(initializer)
        elif isinstance(initializer, bytes) or type(initializer).__name__ == "bytearray":
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if initializer._tc == "u" and typecode != "u":
                raise TypeError("cannot use a unicode array to initialize an array with typecode '" +
                                typecode + "'")
            for v in initializer._items:
                self._items.append(_check(typecode, v))
        else:
            for v in initializer:
                self._items.append(_check(typecode, v))

    @property
    def typecode(self):
        return self._tc

    @property
    def itemsize(self):
        return _ITEMSIZE[self._tc]

    def _new(self, items):
        a = array(self._tc)
        a._items = items
        return a

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(list(self._items))

    def __contains__(self, v):
        return v in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(self._items[i])
        i = _index(i)
        n = len(self._items)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("array index out of range")
        return self._items[i]

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError("can only assign array (not \"" + type(v).__name__ +
                                "\") to array slice")
            if v._tc != self._tc:
                raise TypeError("bad argument type for built-in operation")
            self._items[i] = list(v._items)
            return
        i = _index(i)
        n = len(self._items)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("array assignment index out of range")
        self._items[i] = _check(self._tc, v)

    def __delitem__(self, i):
        if isinstance(i, slice):
            del self._items[i]
            return
        i = _index(i)
        n = len(self._items)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("array assignment index out of range")
        del self._items[i]

    def append(self, v):
        self._items.append(_check(self._tc, v))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._tc != self._tc:
                raise TypeError("can only extend with array of same kind")
            self._items.extend(iterable._items)
            return
        for v in iterable:
            self._items.append(_check(self._tc, v))

    def insert(self, i, v):
        v = _check(self._tc, v)
        i = _index(i)
        n = len(self._items)
        if i < 0:
            i += n
            if i < 0:
                i = 0
        if i > n:
            i = n
        self._items.insert(i, v)

    def pop(self, i=-1):
        n = len(self._items)
        if n == 0:
            raise IndexError("pop from empty array")
        i = _index(i)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("pop index out of range")
        return self._items.pop(i)

    def remove(self, v):
        for i in range(len(self._items)):
            if self._items[i] == v:
                del self._items[i]
                return
        raise ValueError("array.remove(x): x not in array")

    def index(self, v, start=0, stop=None):
        n = len(self._items)
        if stop is None:
            stop = n
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop += n
        for i in range(start, min(stop, n)):
            if self._items[i] == v:
                return i
        raise ValueError("array.index(x): x not in array")

    def count(self, v):
        c = 0
        for x in self._items:
            if x == v:
                c += 1
        return c

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def fromlist(self, items):
        if not isinstance(items, list):
            raise TypeError("arg must be list")
        new = [_check(self._tc, v) for v in items]
        self._items.extend(new)

    def tobytes(self):
        items = self._items
        if self._tc == "u":
            items = [ord(c) for c in items]
        return _struct.pack(_sfmt(self._tc, len(items)), *items)

    def frombytes(self, data):
        if not isinstance(data, bytes):
            data = bytes(data)
        size = _ITEMSIZE[self._tc]
        if len(data) % size != 0:
            raise ValueError("bytes length not a multiple of item size")
        vals = _struct.unpack(_sfmt(self._tc, len(data) // size), data)
        if self._tc == "u":
            vals = [chr(v) for v in vals]
        self._items.extend(vals)

    def tounicode(self):
        if self._tc != "u":
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return "".join(self._items)

    def fromunicode(self, s):
        if self._tc != "u":
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        if not isinstance(s, str):
            raise TypeError("fromunicode() argument must be str, not " + type(s).__name__)
        self._items.extend(list(s))

    def byteswap(self):
        size = _ITEMSIZE[self._tc]
        if size == 1:
            return
        data = self.tobytes()
        out = []
        for k in range(0, len(data), size):
            chunk = list(data[k:k + size])
            chunk.reverse()
            out.extend(chunk)
        self._items = []
        self.frombytes(bytes(out))

    def buffer_info(self):
        return (id(self), len(self._items))

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self._new(list(self._items))

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError("can only append array (not \"" + type(other).__name__ + "\") to array")
        if other._tc != self._tc:
            raise TypeError("bad argument type for built-in operation")
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError("can only extend array with array (not \"" + type(other).__name__ + "\")")
        if other._tc != self._tc:
            raise TypeError("can only extend with array of same kind")
        self._items.extend(other._items)
        return self

    def __mul__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        return self._new(self._items * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items = self._items * n
        return self

    def _cmp_items(self, other):
        if not isinstance(other, array):
            return None
        return other._items

    def __eq__(self, other):
        o = self._cmp_items(other)
        if o is None:
            return NotImplemented
        return self._items == o

    def __ne__(self, other):
        o = self._cmp_items(other)
        if o is None:
            return NotImplemented
        return self._items != o

    def __lt__(self, other):
        o = self._cmp_items(other)
        if o is None:
            return NotImplemented
        return self._items < o

    def __le__(self, other):
        o = self._cmp_items(other)
        if o is None:
            return NotImplemented
        return self._items <= o

    def __gt__(self, other):
        o = self._cmp_items(other)
        if o is None:
            return NotImplemented
        return self._items > o

    def __ge__(self, other):
        o = self._cmp_items(other)
        if o is None:
            return NotImplemented
        return self._items >= o

    __hash__ = None

    def __repr__(self):
        if not self._items:
            return "array('" + self._tc + "')"
        if self._tc == "u":
            return "array('u', " + repr("".join(self._items)) + ")"
        return "array('" + self._tc + "', " + repr(self._items) + ")"

    def __reduce__(self):
        return (array, (self._tc, list(self._items)))


ArrayType = array
'''
