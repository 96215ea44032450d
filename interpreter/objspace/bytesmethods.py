"""bytearray and memoryview (types, constructors, operators, methods) and
the methods shared by bytes and bytearray. Installed by `install(space)`,
which appends the new types to space.types_by_index (see extobject.py)."""

from typing import Callable

from interpreter.objspace.root import W_Root, OperationError, Args, positional
from interpreter.objspace.space import Space, W_BuiltinFunction
from interpreter.objspace.typeobject import W_TypeObject, KIND_BUILTIN
from interpreter.objspace.intobject import W_IntObject, W_BoolObject
from interpreter.objspace.strobject import W_StrObject
from interpreter.objspace.bytesobject import W_BytesObject, bytes_repr
from interpreter.objspace.listobject import W_ListObject
from interpreter.objspace.tupleobject import W_TupleObject
from interpreter.objspace.funcobject import W_Property, W_ClassMethod
from interpreter.objspace.iterobject import W_SliceObject, W_BytesIterator
from interpreter.objspace.extobject import (W_ExtObject, W_BytearrayObject, W_MemoryView,
                                            W_CallableIterator, T_BYTEARRAY, T_MEMORYVIEW,
                                            T_CALLITER)
from interpreter import bytecode as bc

_WS = " \t\n\r\x0b\x0c"
_HEXDIGITS = "0123456789abcdef"


# ---------------------------------------------------------------- helpers

def w_bytearray_type(space: Space) -> W_TypeObject:
    return space.types_by_index[T_BYTEARRAY]


def is_bytes_like(w: W_Root) -> bool:
    return isinstance(w, W_BytesObject) or isinstance(w, W_BytearrayObject) or \
        isinstance(w, W_MemoryView)


def mv_check(space: Space, w: W_MemoryView) -> None:
    if w.released:
        raise space.value_error("operation forbidden on released memoryview object")


def mv_bytes(space: Space, w: W_MemoryView) -> bytes:
    mv_check(space, w)
    w_o = w.w_obj
    src: list[int] = []
    if isinstance(w_o, W_BytesObject):
        src = list(w_o.value)
    elif isinstance(w_o, W_BytearrayObject):
        src = w_o.data
    res: list[int] = []
    i = 0
    pos = w.start
    while i < w.length:
        if 0 <= pos < len(src):
            res.append(src[pos])
        i += 1
        pos += w.step
    return bytes(res)


def buf_w(space: Space, w: W_Root) -> bytes:
    """The bytes of a bytes-like object (bytes, bytearray, memoryview)."""
    if isinstance(w, W_BytesObject):
        return w.value
    if isinstance(w, W_BytearrayObject):
        return bytes(w.data)
    if isinstance(w, W_MemoryView):
        return mv_bytes(space, w)
    raise space.type_error("a bytes-like object is required, not '" + space.type_name(w) + "'")


def byte_w(space: Space, w: W_Root) -> int:
    if not (isinstance(w, W_IntObject) or space.lookup_user(w, "__index__") is not None):
        raise space.type_error("'" + space.type_name(w) + "' object cannot be interpreted as an integer")
    v = space.int_w(w)
    if v < 0 or v > 255:
        raise space.value_error("byte must be in range(0, 256)")
    return v


def ints_from(space: Space, w: W_Root) -> list[int]:
    """The bytes given by a bytes-like object or an iterable of ints."""
    if is_bytes_like(w):
        return list(buf_w(space, w))
    if isinstance(w, W_StrObject):
        raise space.type_error("cannot convert 'str' object to bytearray")
    res: list[int] = []
    for w_x in space.unpack_iterable(w):
        res.append(byte_w(space, w_x))
    return res


def self_ba(space: Space, args: Args) -> W_BytearrayObject:
    w = args.args_w[0]
    if not isinstance(w, W_BytearrayObject):
        raise space.type_error("descriptor requires a 'bytearray' object but received a '" +
                               space.type_name(w) + "'")
    return w


def self_buf(space: Space, args: Args) -> bytes:
    return buf_w(space, args.args_w[0])


def wrap_like(space: Space, w_self: W_Root, b: bytes) -> W_Root:
    if isinstance(w_self, W_BytearrayObject):
        return W_BytearrayObject(list(b))
    return space.newbytes(b)


def margs(space: Space, args: Args, name: str, lo: int, hi: int) -> list[W_Root]:
    if len(args.kw_names) > 0:
        raise space.type_error(name + "() takes no keyword arguments")
    n = len(args.args_w) - 1
    if n < lo or n > hi:
        if lo == hi:
            raise space.type_error(name + "() takes exactly " + ("one argument" if lo == 1 else str(lo) + " arguments") +
                                   " (" + str(n) + " given)")
        if n < lo:
            raise space.type_error(name + " expected at least " + str(lo) + " argument" +
                                   ("" if lo == 1 else "s") + ", got " + str(n))
        raise space.type_error(name + " expected at most " + str(hi) + " argument" +
                               ("" if hi == 1 else "s") + ", got " + str(n))
    return args.args_w[1:]


def latin(b: bytes) -> str:
    return b.decode("latin-1")


def unlatin(s: str) -> bytes:
    return s.encode("latin-1")


def sub_arg(space: Space, w: W_Root) -> bytes:
    """The needle of find/count/...: bytes-like or an int."""
    if isinstance(w, W_IntObject):
        return bytes([byte_w(space, w)])
    if is_bytes_like(w):
        return buf_w(space, w)
    raise space.type_error("argument should be integer or bytes-like object, not '" +
                           space.type_name(w) + "'")


def norm_range(space: Space, a: list[W_Root], i: int, n: int) -> tuple[int, int]:
    start = 0
    end = n
    if i < len(a) and a[i] is not space.w_None:
        start = space.int_w(a[i])
    if i + 1 < len(a) and a[i + 1] is not space.w_None:
        end = space.int_w(a[i + 1])
    if start < 0:
        start = max(start + n, 0)
    if end < 0:
        end = max(end + n, 0)
    if end > n:
        end = n
    return (start, end)


# ---------------------------------------------------------------- constructors

def new_bytearray(space: Space, args: Args) -> W_Root:
    a = args.args_w[1:]
    w_enc = args.get_kw("encoding")
    w_err = args.get_kw("errors")
    if len(a) > 1:
        w_enc = a[1]
    if len(a) > 2:
        w_err = a[2]
    if len(a) > 3:
        raise space.type_error("bytearray() takes at most 3 arguments (" + str(len(a)) + " given)")
    w_src = a[0] if len(a) > 0 else args.get_kw("source")
    if w_src is None:
        if w_enc is not None:
            raise space.type_error("encoding without a string argument")
        return W_BytearrayObject([])
    if isinstance(w_src, W_StrObject):
        if w_enc is None:
            raise space.type_error("string argument without an encoding")
        w_b = space.call_method(w_src, "encode", [w_enc] if w_err is None else [w_enc, w_err])
        return W_BytearrayObject(list(buf_w(space, w_b)))
    if w_enc is not None:
        raise space.type_error("encoding without a string argument")
    if isinstance(w_src, W_IntObject):
        n = space.int_w(w_src)
        if n < 0:
            raise space.value_error("negative count")
        return W_BytearrayObject([0] * n)
    if not is_bytes_like(w_src) and space.lookup_user(w_src, "__index__") is not None:
        n2 = space.int_w(w_src)
        if n2 < 0:
            raise space.value_error("negative count")
        return W_BytearrayObject([0] * n2)
    try:
        return W_BytearrayObject(ints_from(space, w_src))
    except OperationError as e:
        if space.exc_matches(e.w_value, space.w_TypeError) and not is_bytes_like(w_src):
            try:
                space.iter(w_src)
            except OperationError:
                raise space.type_error("cannot convert '" + space.type_name(w_src) + "' object to bytearray")
        raise


def bytes_fromhex(space: Space, args: Args) -> W_Root:
    a = margs(space, args, "fromhex", 1, 1)
    s = space.str_w(a[0])
    res: list[int] = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c == " " or c == "\t" or c == "\n" or c == "\r" or c == "\x0b" or c == "\x0c":
            i += 1
            continue
        hi = _HEXDIGITS.find(c.lower())
        lo = -1
        if i + 1 < n:
            lo = _HEXDIGITS.find(s[i + 1].lower())
        if hi < 0 or lo < 0:
            pos = i if hi < 0 else i + 1
            raise space.value_error("non-hexadecimal number found in fromhex() arg at position " + str(pos))
        res.append(hi * 16 + lo)
        i += 2
    w_cls = args.args_w[0]
    if w_cls is w_bytearray_type(space):
        return W_BytearrayObject(res)
    return space.newbytes(bytes(res))


# ---------------------------------------------------------------- bytearray operators

def ba_len(space: Space, args: Args) -> W_Root:
    return space.newint(len(self_ba(space, args).data))


def ba_repr(space: Space, args: Args) -> W_Root:
    w = self_ba(space, args)
    return space.newstr("bytearray(" + bytes_repr(bytes(w.data)) + ")")


def ba_getitem(space: Space, args: Args) -> W_Root:
    w = self_ba(space, args)
    a = margs(space, args, "__getitem__", 1, 1)
    w_i = a[0]
    if isinstance(w_i, W_SliceObject):
        start, stop, step, n = space.slice_indices(w_i, len(w.data))
        res: list[int] = []
        i = 0
        pos = start
        while i < n:
            res.append(w.data[pos])
            pos += step
            i += 1
        return W_BytearrayObject(res)
    if not (isinstance(w_i, W_IntObject) or space.lookup_user(w_i, "__index__") is not None):
        raise space.type_error("bytearray indices must be integers or slices, not " + space.type_name(w_i))
    i = space.int_w(w_i)
    if i < 0:
        i += len(w.data)
    if i < 0 or i >= len(w.data):
        raise space.index_error("bytearray index out of range")
    return space.newint(w.data[i])


def set_slice(space: Space, data: list[int], w_slice: W_SliceObject, vals: list[int], what: str) -> None:
    start, stop, step, n = space.slice_indices(w_slice, len(data))
    if step == 1:
        if stop < start:
            stop = start
        data[start:stop] = vals
        return
    if len(vals) != n:
        raise space.value_error("attempt to assign " + what + " of size " + str(len(vals)) +
                                " to extended slice of size " + str(n))
    i = 0
    pos = start
    while i < n:
        data[pos] = vals[i]
        pos += step
        i += 1


def ba_setitem(space: Space, args: Args) -> W_Root:
    w = self_ba(space, args)
    a = margs(space, args, "__setitem__", 2, 2)
    w_i = a[0]
    if isinstance(w_i, W_SliceObject):
        w_v = a[1]
        if isinstance(w_v, W_IntObject) or isinstance(w_v, W_StrObject):
            raise space.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
        set_slice(space, w.data, w_i, ints_from(space, w_v), "bytes")
        return space.w_None
    if not (isinstance(w_i, W_IntObject) or space.lookup_user(w_i, "__index__") is not None):
        raise space.type_error("bytearray indices must be integers or slices, not " + space.type_name(w_i))
    i = space.int_w(w_i)
    v = byte_w(space, a[1])
    if i < 0:
        i += len(w.data)
    if i < 0 or i >= len(w.data):
        raise space.index_error("bytearray index out of range")
    w.data[i] = v
    return space.w_None


def ba_delitem(space: Space, args: Args) -> W_Root:
    w = self_ba(space, args)
    a = margs(space, args, "__delitem__", 1, 1)
    w_i = a[0]
    if isinstance(w_i, W_SliceObject):
        start, stop, step, n = space.slice_indices(w_i, len(w.data))
        if step == 1:
            if n > 0:
                del w.data[start:stop]
            return space.w_None
        drop: dict[int, bool] = {}
        k = 0
        while k < n:
            drop[start + k * step] = True
            k += 1
        keep: list[int] = []
        j = 0
        while j < len(w.data):
            if j not in drop:
                keep.append(w.data[j])
            j += 1
        w.data[:] = keep
        return space.w_None
    i = space.int_w(w_i)
    if i < 0:
        i += len(w.data)
    if i < 0 or i >= len(w.data):
        raise space.index_error("bytearray index out of range")
    del w.data[i]
    return space.w_None


def ba_iter(space: Space, args: Args) -> W_Root:
    w = self_ba(space, args)
    return W_BytesIterator(bytes(w.data))


def ba_contains(space: Space, args: Args) -> W_Root:
    w = self_ba(space, args)
    a = margs(space, args, "__contains__", 1, 1)
    w_x = a[0]
    if isinstance(w_x, W_IntObject):
        return space.newbool(byte_w(space, w_x) in w.data)
    return space.newbool(latin(buf_w(space, w_x)) in latin(bytes(w.data)))


def ba_add(space: Space, args: Args) -> W_Root:
    w = self_ba(space, args)
    a = margs(space, args, "__add__", 1, 1)
    if not is_bytes_like(a[0]):
        raise space.type_error("can't concat " + space.type_name(a[0]) + " to bytearray")
    res = list(w.data)
    res.extend(list(buf_w(space, a[0])))
    return W_BytearrayObject(res)


def ba_radd(space: Space, args: Args) -> W_Root:
    w = self_ba(space, args)
    a = margs(space, args, "__radd__", 1, 1)
    w_o = a[0]
    if isinstance(w_o, W_BytesObject):
        return space.newbytes(w_o.value + bytes(w.data))
    return space.w_NotImplemented


def ba_iadd(space: Space, args: Args) -> W_Root:
    w = self_ba(space, args)
    a = margs(space, args, "__iadd__", 1, 1)
    if not is_bytes_like(a[0]):
        raise space.type_error("can't concat " + space.type_name(a[0]) + " to bytearray")
    w.data.extend(list(buf_w(space, a[0])))
    return w


def ba_mul(space: Space, args: Args) -> W_Root:
    w = self_ba(space, args)
    a = margs(space, args, "__mul__", 1, 1)
    if not isinstance(a[0], W_IntObject):
        return space.w_NotImplemented
    n = space.int_w(a[0])
    res: list[int] = []
    while n > 0:
        res.extend(w.data)
        n -= 1
    return W_BytearrayObject(res)


def ba_imul(space: Space, args: Args) -> W_Root:
    w = self_ba(space, args)
    a = margs(space, args, "__imul__", 1, 1)
    if not isinstance(a[0], W_IntObject):
        return space.w_NotImplemented
    n = space.int_w(a[0])
    orig = list(w.data)
    del w.data[:]
    while n > 0:
        w.data.extend(orig)
        n -= 1
    return w


def ba_cmp(space: Space, args: Args, op: int) -> W_Root:
    w = args.args_w[0]
    a = margs(space, args, "__cmp__", 1, 1)
    if not is_bytes_like(a[0]) or not is_bytes_like(w):
        return space.w_NotImplemented
    return space.newbool(space.cmp_bytes(op, buf_w(space, w), buf_w(space, a[0])))


def ba_eq(space: Space, args: Args) -> W_Root:
    return ba_cmp(space, args, bc.CMP_EQ)


def ba_ne(space: Space, args: Args) -> W_Root:
    return ba_cmp(space, args, bc.CMP_NE)


def ba_lt(space: Space, args: Args) -> W_Root:
    return ba_cmp(space, args, bc.CMP_LT)


def ba_le(space: Space, args: Args) -> W_Root:
    return ba_cmp(space, args, bc.CMP_LE)


def ba_gt(space: Space, args: Args) -> W_Root:
    return ba_cmp(space, args, bc.CMP_GT)


def ba_ge(space: Space, args: Args) -> W_Root:
    return ba_cmp(space, args, bc.CMP_GE)


# ---------------------------------------------------------------- bytearray mutators

def ba_append(space: Space, args: Args) -> W_Root:
    w = self_ba(space, args)
    a = margs(space, args, "append", 1, 1)
    w.data.append(byte_w(space, a[0]))
    return space.w_None


def ba_extend(space: Space, args: Args) -> W_Root:
    w = self_ba(space, args)
    a = margs(space, args, "extend", 1, 1)
    if isinstance(a[0], W_StrObject):
        raise space.type_error("expected iterable of integers; got: 'str'")
    w.data.extend(ints_from(space, a[0]))
    return space.w_None


def ba_pop(space: Space, args: Args) -> W_Root:
    w = self_ba(space, args)
    a = margs(space, args, "pop", 0, 1)
    if len(w.data) == 0:
        raise space.index_error("pop from empty bytearray")
    i = len(w.data) - 1
    if len(a) > 0:
        i = space.int_w(a[0])
        if i < 0:
            i += len(w.data)
        if i < 0 or i >= len(w.data):
            raise space.index_error("pop index out of range")
    v = w.data[i]
    del w.data[i]
    return space.newint(v)


def ba_insert(space: Space, args: Args) -> W_Root:
    w = self_ba(space, args)
    a = margs(space, args, "insert", 2, 2)
    i = space.int_w(a[0])
    v = byte_w(space, a[1])
    n = len(w.data)
    if i < 0:
        i += n
        if i < 0:
            i = 0
    if i > n:
        i = n
    w.data.insert(i, v)
    return space.w_None


def ba_remove(space: Space, args: Args) -> W_Root:
    w = self_ba(space, args)
    a = margs(space, args, "remove", 1, 1)
    v = byte_w(space, a[0])
    i = 0
    while i < len(w.data):
        if w.data[i] == v:
            del w.data[i]
            return space.w_None
        i += 1
    raise space.value_error("value not found in bytearray")


def ba_reverse(space: Space, args: Args) -> W_Root:
    w = self_ba(space, args)
    margs(space, args, "reverse", 0, 0)
    w.data.reverse()
    return space.w_None


def ba_clear(space: Space, args: Args) -> W_Root:
    w = self_ba(space, args)
    margs(space, args, "clear", 0, 0)
    del w.data[:]
    return space.w_None


def ba_copy(space: Space, args: Args) -> W_Root:
    w = self_ba(space, args)
    margs(space, args, "copy", 0, 0)
    return W_BytearrayObject(list(w.data))


# ---------------------------------------------------------------- shared bytes/bytearray methods

def bm_decode(space: Space, args: Args) -> W_Root:
    b = self_buf(space, args)
    a = args.args_w[1:]
    if len(a) > 2:
        raise space.type_error("decode() takes at most 2 arguments (" + str(len(a)) + " given)")
    for kn in args.kw_names:
        if kn != "encoding" and kn != "errors":
            raise space.type_error("decode() got an unexpected keyword argument '" + kn + "'")
    w_enc = args.get_kw("encoding")
    w_err = args.get_kw("errors")
    enc = space.str_w(a[0]) if len(a) > 0 else ("utf-8" if w_enc is None else space.str_w(w_enc))
    errors = space.str_w(a[1]) if len(a) > 1 else ("strict" if w_err is None else space.str_w(w_err))
    try:
        return space.newstr(b.decode(enc, errors))
    except LookupError as e:
        raise space.error(space.w_LookupError, str(e))
    except UnicodeDecodeError as e:
        raise space.error(space.w_UnicodeDecodeError, str(e))


def bm_hex(space: Space, args: Args) -> W_Root:
    b = self_buf(space, args)
    parts: list[str] = []
    for c in b:
        parts.append(_HEXDIGITS[c >> 4] + _HEXDIGITS[c & 15])
    return space.newstr("".join(parts))


def _find(space: Space, args: Args, name: str, rev: bool) -> int:
    b = self_buf(space, args)
    a = margs(space, args, name, 1, 3)
    sub = sub_arg(space, a[0])
    start, end = norm_range(space, a, 1, len(b))
    if start > len(b) or start > end:
        return -1
    hay = latin(b)[start:end]
    if rev:
        i = hay.rfind(latin(sub))
    else:
        i = hay.find(latin(sub))
    return i + start if i >= 0 else -1


def bm_find(space: Space, args: Args) -> W_Root:
    return space.newint(_find(space, args, "find", False))


def bm_rfind(space: Space, args: Args) -> W_Root:
    return space.newint(_find(space, args, "rfind", True))


def bm_index(space: Space, args: Args) -> W_Root:
    i = _find(space, args, "index", False)
    if i < 0:
        raise space.value_error("subsection not found")
    return space.newint(i)


def bm_rindex(space: Space, args: Args) -> W_Root:
    i = _find(space, args, "rindex", True)
    if i < 0:
        raise space.value_error("subsection not found")
    return space.newint(i)


def bm_count(space: Space, args: Args) -> W_Root:
    b = self_buf(space, args)
    a = margs(space, args, "count", 1, 3)
    sub = sub_arg(space, a[0])
    start, end = norm_range(space, a, 1, len(b))
    if start > end:
        return space.newint(0)
    return space.newint(latin(b)[start:end].count(latin(sub)))


def _affix(space: Space, args: Args, name: str, ends: bool) -> W_Root:
    b = self_buf(space, args)
    a = margs(space, args, name, 1, 3)
    start, end = norm_range(space, a, 1, len(b))
    if start > len(b):
        return space.w_False
    hay = latin(b)[start:end] if start <= end else ""
    w_x = a[0]
    cands: list[W_Root] = []
    if isinstance(w_x, W_TupleObject):
        cands = w_x.items_w
    else:
        if not is_bytes_like(w_x):
            raise space.type_error(name + " first arg must be bytes or a tuple of bytes, not " +
                                   space.type_name(w_x))
        cands = [w_x]
    for w_c in cands:
        s = latin(buf_w(space, w_c))
        if ends:
            if hay.endswith(s):
                return space.w_True
        elif hay.startswith(s):
            return space.w_True
    return space.w_False


def bm_startswith(space: Space, args: Args) -> W_Root:
    return _affix(space, args, "startswith", False)


def bm_endswith(space: Space, args: Args) -> W_Root:
    return _affix(space, args, "endswith", True)


def _strip_chars(space: Space, a: list[W_Root]) -> str:
    if len(a) > 0 and a[0] is not space.w_None:
        return latin(buf_w(space, a[0]))
    return _WS


def bm_strip(space: Space, args: Args) -> W_Root:
    b = self_buf(space, args)
    a = margs(space, args, "strip", 0, 1)
    return wrap_like(space, args.args_w[0], unlatin(latin(b).strip(_strip_chars(space, a))))


def bm_lstrip(space: Space, args: Args) -> W_Root:
    b = self_buf(space, args)
    a = margs(space, args, "lstrip", 0, 1)
    return wrap_like(space, args.args_w[0], unlatin(latin(b).lstrip(_strip_chars(space, a))))


def bm_rstrip(space: Space, args: Args) -> W_Root:
    b = self_buf(space, args)
    a = margs(space, args, "rstrip", 0, 1)
    return wrap_like(space, args.args_w[0], unlatin(latin(b).rstrip(_strip_chars(space, a))))


def _split_ws(s: str, maxsplit: int) -> list[str]:
    res: list[str] = []
    i = 0
    n = len(s)
    while True:
        while i < n and _WS.find(s[i]) >= 0:
            i += 1
        if i >= n:
            break
        if maxsplit >= 0 and len(res) >= maxsplit:
            rest = s[i:]
            j = len(rest)
            while j > 0 and _WS.find(rest[j - 1]) >= 0:
                j -= 1
            res.append(rest[:j])
            break
        j = i
        while j < n and _WS.find(s[j]) < 0:
            j += 1
        res.append(s[i:j])
        i = j
    return res


def bm_split(space: Space, args: Args) -> W_Root:
    b = self_buf(space, args)
    a = list(args.args_w[1:])
    w_sep = args.get_kw("sep")
    w_max = args.get_kw("maxsplit")
    if w_sep is None and len(a) > 0:
        w_sep = a[0]
    maxsplit = -1
    if w_max is not None:
        maxsplit = space.int_w(w_max)
    elif len(a) > 1:
        maxsplit = space.int_w(a[1])
    s = latin(b)
    parts: list[str]
    if w_sep is None or w_sep is space.w_None:
        parts = _split_ws(s, maxsplit)
    else:
        sep = latin(buf_w(space, w_sep))
        if sep == "":
            raise space.value_error("empty separator")
        parts = s.split(sep, maxsplit)
    res: list[W_Root] = []
    for p in parts:
        res.append(wrap_like(space, args.args_w[0], unlatin(p)))
    return space.newlist(res)


def bm_join(space: Space, args: Args) -> W_Root:
    b = self_buf(space, args)
    a = margs(space, args, "join", 1, 1)
    parts: list[str] = []
    i = 0
    for w_x in space.unpack_iterable(a[0]):
        if not is_bytes_like(w_x):
            raise space.type_error("sequence item " + str(i) + ": expected a bytes-like object, " +
                                   space.type_name(w_x) + " found")
        parts.append(latin(buf_w(space, w_x)))
        i += 1
    return wrap_like(space, args.args_w[0], unlatin(latin(b).join(parts)))


def bm_replace(space: Space, args: Args) -> W_Root:
    b = self_buf(space, args)
    a = margs(space, args, "replace", 2, 3)
    count = -1
    if len(a) > 2:
        count = space.int_w(a[2])
    old = latin(buf_w(space, a[0]))
    new = latin(buf_w(space, a[1]))
    return wrap_like(space, args.args_w[0], unlatin(latin(b).replace(old, new, count)))


def _map_case(b: bytes, mode: int) -> bytes:
    res: list[int] = []
    for c in b:
        if mode == 0 and 97 <= c <= 122:
            res.append(c - 32)
        elif mode == 1 and 65 <= c <= 90:
            res.append(c + 32)
        elif mode == 2 and 97 <= c <= 122:
            res.append(c - 32)
        elif mode == 2 and 65 <= c <= 90:
            res.append(c + 32)
        else:
            res.append(c)
    return bytes(res)


def bm_upper(space: Space, args: Args) -> W_Root:
    return wrap_like(space, args.args_w[0], _map_case(self_buf(space, args), 0))


def bm_lower(space: Space, args: Args) -> W_Root:
    return wrap_like(space, args.args_w[0], _map_case(self_buf(space, args), 1))


def bm_swapcase(space: Space, args: Args) -> W_Root:
    return wrap_like(space, args.args_w[0], _map_case(self_buf(space, args), 2))


def _all_class(b: bytes, kind: int) -> bool:
    if len(b) == 0:
        return False
    for c in b:
        alpha = 65 <= c <= 90 or 97 <= c <= 122
        digit = 48 <= c <= 57
        if kind == 0 and not alpha:
            return False
        if kind == 1 and not digit:
            return False
        if kind == 2 and not (alpha or digit):
            return False
        if kind == 3 and _WS.find(chr(c)) < 0:
            return False
    return True


def bm_isalpha(space: Space, args: Args) -> W_Root:
    return space.newbool(_all_class(self_buf(space, args), 0))


def bm_isdigit(space: Space, args: Args) -> W_Root:
    return space.newbool(_all_class(self_buf(space, args), 1))


def bm_isalnum(space: Space, args: Args) -> W_Root:
    return space.newbool(_all_class(self_buf(space, args), 2))


def bm_isspace(space: Space, args: Args) -> W_Root:
    return space.newbool(_all_class(self_buf(space, args), 3))


def _cased(b: bytes, upper: bool) -> bool:
    found = False
    for c in b:
        if 97 <= c <= 122:
            if upper:
                return False
            found = True
        elif 65 <= c <= 90:
            if not upper:
                return False
            found = True
    return found


def bm_isupper(space: Space, args: Args) -> W_Root:
    return space.newbool(_cased(self_buf(space, args), True))


def bm_islower(space: Space, args: Args) -> W_Root:
    return space.newbool(_cased(self_buf(space, args), False))


def _partition(space: Space, args: Args, rev: bool) -> W_Root:
    b = self_buf(space, args)
    a = margs(space, args, "rpartition" if rev else "partition", 1, 1)
    sep = latin(buf_w(space, a[0]))
    if sep == "":
        raise space.value_error("empty separator")
    s = latin(b)
    w_self = args.args_w[0]
    i = s.rfind(sep) if rev else s.find(sep)
    if i < 0:
        w_empty = wrap_like(space, w_self, b"")
        if rev:
            return space.newtuple([w_empty, wrap_like(space, w_self, b""), wrap_like(space, w_self, b)])
        return space.newtuple([wrap_like(space, w_self, b), w_empty, wrap_like(space, w_self, b"")])
    return space.newtuple([wrap_like(space, w_self, unlatin(s[:i])), wrap_like(space, w_self, unlatin(sep)),
                           wrap_like(space, w_self, unlatin(s[i + len(sep):]))])


def bm_partition(space: Space, args: Args) -> W_Root:
    return _partition(space, args, False)


def bm_rpartition(space: Space, args: Args) -> W_Root:
    return _partition(space, args, True)


# ---------------------------------------------------------------- memoryview

def self_mv(space: Space, args: Args) -> W_MemoryView:
    w = args.args_w[0]
    if not isinstance(w, W_MemoryView):
        raise space.type_error("descriptor requires a 'memoryview' object")
    return w


def new_memoryview(space: Space, args: Args) -> W_Root:
    a = args.args_w[1:]
    w_o = a[0] if len(a) > 0 else args.get_kw("object")
    if w_o is None or len(a) > 1:
        raise space.type_error("memoryview() takes exactly one argument")
    if isinstance(w_o, W_BytesObject):
        return W_MemoryView(w_o, 0, len(w_o.value), 1, True)
    if isinstance(w_o, W_BytearrayObject):
        return W_MemoryView(w_o, 0, len(w_o.data), 1, False)
    if isinstance(w_o, W_MemoryView):
        mv_check(space, w_o)
        return W_MemoryView(w_o.w_obj, w_o.start, w_o.length, w_o.step, w_o.readonly)
    raise space.type_error("memoryview: a bytes-like object is required, not '" + space.type_name(w_o) + "'")


def mv_len(space: Space, args: Args) -> W_Root:
    w = self_mv(space, args)
    mv_check(space, w)
    return space.newint(w.length)


def mv_index(space: Space, w: W_MemoryView, w_i: W_Root) -> int:
    if not (isinstance(w_i, W_IntObject) or space.lookup_user(w_i, "__index__") is not None):
        raise space.type_error("memoryview: invalid slice key")
    i = space.int_w(w_i)
    if i < 0:
        i += w.length
    if i < 0 or i >= w.length:
        raise space.index_error("index out of bounds on dimension 1")
    return w.start + i * w.step


def mv_getitem(space: Space, args: Args) -> W_Root:
    w = self_mv(space, args)
    a = margs(space, args, "__getitem__", 1, 1)
    mv_check(space, w)
    w_i = a[0]
    if isinstance(w_i, W_SliceObject):
        start, stop, step, n = space.slice_indices(w_i, w.length)
        return W_MemoryView(w.w_obj, w.start + start * w.step, n, w.step * step, w.readonly)
    pos = mv_index(space, w, w_i)
    w_o = w.w_obj
    if isinstance(w_o, W_BytesObject):
        return space.newint(w_o.value[pos])
    if isinstance(w_o, W_BytearrayObject):
        if pos >= len(w_o.data):
            raise space.index_error("index out of bounds on dimension 1")
        return space.newint(w_o.data[pos])
    return space.w_None


def mv_setitem(space: Space, args: Args) -> W_Root:
    w = self_mv(space, args)
    a = margs(space, args, "__setitem__", 2, 2)
    mv_check(space, w)
    if w.readonly:
        raise space.type_error("cannot modify read-only memory")
    w_o = w.w_obj
    assert isinstance(w_o, W_BytearrayObject)
    w_i = a[0]
    if isinstance(w_i, W_SliceObject):
        start, stop, step, n = space.slice_indices(w_i, w.length)
        vals = buf_w(space, a[1])
        if len(vals) != n:
            raise space.value_error("memoryview assignment: lvalue and rvalue have different structures")
        i = 0
        while i < n:
            w_o.data[w.start + (start + i * step) * w.step] = vals[i]
            i += 1
        return space.w_None
    pos = mv_index(space, w, w_i)
    w_o.data[pos] = byte_w(space, a[1])
    return space.w_None


def mv_tobytes(space: Space, args: Args) -> W_Root:
    return space.newbytes(mv_bytes(space, self_mv(space, args)))


def mv_tolist(space: Space, args: Args) -> W_Root:
    res: list[W_Root] = []
    for c in mv_bytes(space, self_mv(space, args)):
        res.append(space.newint(c))
    return space.newlist(res)


def mv_release(space: Space, args: Args) -> W_Root:
    self_mv(space, args).released = True
    return space.w_None


def mv_enter(space: Space, args: Args) -> W_Root:
    w = self_mv(space, args)
    mv_check(space, w)
    return w


def mv_exit(space: Space, args: Args) -> W_Root:
    self_mv(space, args).released = True
    return space.w_False


def mv_iter(space: Space, args: Args) -> W_Root:
    return W_BytesIterator(mv_bytes(space, self_mv(space, args)))


def mv_repr(space: Space, args: Args) -> W_Root:
    w = self_mv(space, args)
    if w.released:
        return space.newstr("<released memory at " + space.addr(w) + ">")
    return space.newstr("<memory at " + space.addr(w) + ">")


def mv_hash(space: Space, args: Args) -> W_Root:
    w = self_mv(space, args)
    mv_check(space, w)
    if not w.readonly:
        raise space.value_error("cannot hash writable memoryview object")
    return space.newint(space.hash(space.newbytes(mv_bytes(space, w))))


def mv_readonly(space: Space, args: Args) -> W_Root:
    w = self_mv(space, args)
    mv_check(space, w)
    return space.newbool(w.readonly)


def mv_nbytes(space: Space, args: Args) -> W_Root:
    w = self_mv(space, args)
    mv_check(space, w)
    return space.newint(w.length)


def mv_itemsize(space: Space, args: Args) -> W_Root:
    return space.newint(1)


def mv_format(space: Space, args: Args) -> W_Root:
    return space.newstr("B")


def mv_obj(space: Space, args: Args) -> W_Root:
    w = self_mv(space, args)
    mv_check(space, w)
    return w.w_obj


# ---------------------------------------------------------------- iter(callable, sentinel)

def calliter_iter(space: Space, args: Args) -> W_Root:
    return args.args_w[0]


def calliter_next(space: Space, args: Args) -> W_Root:
    w = args.args_w[0]
    assert isinstance(w, W_CallableIterator)
    if w.done:
        raise OperationError(space.new_exception(space.w_StopIteration, []))
    try:
        w_v = space.call(w.w_callable, positional([]))
    except OperationError as e:
        if space.exc_matches(e.w_value, space.w_StopIteration):
            w.done = True
        raise
    if space.eq_w(w_v, w.w_sentinel):
        w.done = True
        raise OperationError(space.new_exception(space.w_StopIteration, []))
    return w_v


# ---------------------------------------------------------------- install

def add(space: Space, w_type: W_TypeObject, name: str, fn: Callable[[Space, Args], W_Root]) -> None:
    w_type.dict_w[name] = W_BuiltinFunction(name, fn, w_type.name)


def add_static(space: Space, w_type: W_TypeObject, name: str, fn: Callable[[Space, Args], W_Root]) -> None:
    w_f = W_BuiltinFunction(name, fn, w_type.name)
    w_f.is_static = True
    w_type.dict_w[name] = w_f


def add_classmethod_like(space: Space, w_type: W_TypeObject, name: str,
                         fn: Callable[[Space, Args], W_Root]) -> None:
    # called as Type.name(x): receives the type as args_w[0] (see type_getattr)
    w_type.dict_w[name] = W_ClassMethod(W_BuiltinFunction(name, fn, ""))


def add_prop(space: Space, w_type: W_TypeObject, name: str, fn: Callable[[Space, Args], W_Root]) -> None:
    w_type.dict_w[name] = W_Property(W_BuiltinFunction(name, fn, ""), None, None, None)


def new_type(space: Space, name: str, index: int) -> W_TypeObject:
    assert len(space.types_by_index) == index
    w_t = W_TypeObject(name, [space.w_object], KIND_BUILTIN)
    w_t.mro_w = [w_t, space.w_object]
    space.types_by_index.append(w_t)
    return w_t


def install_shared(space: Space, w: W_TypeObject) -> None:
    add(space, w, "decode", bm_decode)
    add(space, w, "hex", bm_hex)
    add(space, w, "find", bm_find)
    add(space, w, "rfind", bm_rfind)
    add(space, w, "index", bm_index)
    add(space, w, "rindex", bm_rindex)
    add(space, w, "count", bm_count)
    add(space, w, "startswith", bm_startswith)
    add(space, w, "endswith", bm_endswith)
    add(space, w, "strip", bm_strip)
    add(space, w, "lstrip", bm_lstrip)
    add(space, w, "rstrip", bm_rstrip)
    add(space, w, "split", bm_split)
    add(space, w, "join", bm_join)
    add(space, w, "replace", bm_replace)
    add(space, w, "upper", bm_upper)
    add(space, w, "lower", bm_lower)
    add(space, w, "swapcase", bm_swapcase)
    add(space, w, "isalpha", bm_isalpha)
    add(space, w, "isdigit", bm_isdigit)
    add(space, w, "isalnum", bm_isalnum)
    add(space, w, "isspace", bm_isspace)
    add(space, w, "isupper", bm_isupper)
    add(space, w, "islower", bm_islower)
    add(space, w, "partition", bm_partition)
    add(space, w, "rpartition", bm_rpartition)
    add_classmethod_like(space, w, "fromhex", bytes_fromhex)


def install(space: Space) -> None:
    w = new_type(space, "bytearray", T_BYTEARRAY)
    add_static(space, w, "__new__", new_bytearray)
    space.builtins["bytearray"] = w
    install_shared(space, w)
    install_shared(space, space.w_bytes)
    add(space, w, "__len__", ba_len)
    add(space, w, "__repr__", ba_repr)
    add(space, w, "__getitem__", ba_getitem)
    add(space, w, "__setitem__", ba_setitem)
    add(space, w, "__delitem__", ba_delitem)
    add(space, w, "__iter__", ba_iter)
    add(space, w, "__contains__", ba_contains)
    add(space, w, "__add__", ba_add)
    add(space, w, "__radd__", ba_radd)
    add(space, w, "__iadd__", ba_iadd)
    add(space, w, "__mul__", ba_mul)
    add(space, w, "__rmul__", ba_mul)
    add(space, w, "__imul__", ba_imul)
    add(space, w, "__eq__", ba_eq)
    add(space, w, "__ne__", ba_ne)
    add(space, w, "__lt__", ba_lt)
    add(space, w, "__le__", ba_le)
    add(space, w, "__gt__", ba_gt)
    add(space, w, "__ge__", ba_ge)
    w.dict_w["__hash__"] = space.w_None
    add(space, w, "append", ba_append)
    add(space, w, "extend", ba_extend)
    add(space, w, "pop", ba_pop)
    add(space, w, "insert", ba_insert)
    add(space, w, "remove", ba_remove)
    add(space, w, "reverse", ba_reverse)
    add(space, w, "clear", ba_clear)
    add(space, w, "copy", ba_copy)

    m = new_type(space, "memoryview", T_MEMORYVIEW)
    add_static(space, m, "__new__", new_memoryview)
    space.builtins["memoryview"] = m
    add(space, m, "__len__", mv_len)
    add(space, m, "__repr__", mv_repr)
    add(space, m, "__getitem__", mv_getitem)
    add(space, m, "__setitem__", mv_setitem)
    add(space, m, "__iter__", mv_iter)
    add(space, m, "__enter__", mv_enter)
    add(space, m, "__exit__", mv_exit)
    add(space, m, "__eq__", ba_eq)
    add(space, m, "__ne__", ba_ne)
    add(space, m, "__hash__", mv_hash)
    add(space, m, "tobytes", mv_tobytes)
    add(space, m, "tolist", mv_tolist)
    add(space, m, "release", mv_release)
    add(space, m, "hex", bm_hex)
    add_prop(space, m, "readonly", mv_readonly)
    add_prop(space, m, "nbytes", mv_nbytes)
    add_prop(space, m, "itemsize", mv_itemsize)
    add_prop(space, m, "format", mv_format)
    add_prop(space, m, "obj", mv_obj)
    install_calliter(space)


def install_calliter(space: Space) -> None:
    c = new_type(space, "callable_iterator", T_CALLITER)
    add(space, c, "__iter__", calliter_iter)
    add(space, c, "__next__", calliter_next)
