"""bytearray and memoryview (types, constructors, operators, methods) and
the methods shared by bytes and bytearray, with CPython 3.11's argument
conventions and messages (methodargs.py). Installed by `install(space)`,
which appends the new types to space.types_by_index (see extobject.py)
and also installs the str methods (strmethods.install). `new_bytes` is
bytes.__new__, `vm_bytes_format_mod` the `bytes % x` of Space's binary
operators (builtin __vm_bytes_format_mod__)."""

from typing import Callable

from interpreter.objspace.root import W_Root, OperationError, Args, positional
from interpreter.objspace.space import Space, W_BuiltinFunction
from interpreter.objspace.typeobject import W_TypeObject, KIND_BUILTIN
from interpreter.objspace.intobject import W_IntObject
from interpreter.objspace.strobject import W_StrObject
from interpreter.objspace.bytesobject import W_BytesObject, bytes_repr
from interpreter.objspace.tupleobject import W_TupleObject
from interpreter.objspace.funcobject import W_Property, W_ClassMethod
from interpreter.objspace.iterobject import W_SliceObject, W_BytesIterator
from interpreter.objspace.extobject import (W_BytearrayObject, W_MemoryView,
                                            W_CallableIterator, T_BYTEARRAY, T_MEMORYVIEW,
                                            T_CALLITER)
from interpreter.objspace.longobject import W_LongObject
from interpreter.objspace.methodargs import (receiver, bad_receiver, no_args, one_arg, pos_args, var_args,
                                             kw_args, is_index, index_arg, slice_index, MAXINT,
                                             bad_arg_type, cint_arg)
from interpreter.objspace.strmethods import (expand_tabs, int_flag, opt_index, arg_str, unpack_for_join)
from interpreter.objspace import strmethods, codecs_impl, formatting
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
    if not is_index(space, w):
        raise space.type_error("'" + space.type_name(w) + "' object cannot be interpreted as an integer")
    if isinstance(w, W_LongObject):
        raise space.value_error("byte must be in range(0, 256)")
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


# ---------------------------------------------------------------- constructors

def _size_arg(space: Space, w: W_Root) -> int:
    if isinstance(w, W_LongObject):
        raise space.error(space.w_OverflowError, "cannot fit 'int' into an index-sized integer")
    n = space.int_w(w)
    if n < 0:
        raise space.value_error("negative count")
    return n


def bytes_from_args(space: Space, args: Args, t: str) -> list[int]:
    """The contents of bytes(...) / bytearray(...) (args_w[0] is the type)."""
    a = kw_args(space, args, t, ["source", "encoding", "errors"], 0, 0)
    w_src = a[0]
    w_enc = a[1]
    w_err = a[2]
    if w_src is None:
        if w_enc is not None:
            raise space.type_error("encoding without a string argument")
        if w_err is not None:
            raise space.type_error("errors without a string argument")
        return []
    if isinstance(w_src, W_StrObject):
        if w_enc is None:
            raise space.type_error("string argument without an encoding")
        enc = arg_str(space, w_enc, t, "'encoding'")
        errors = "strict" if w_err is None else arg_str(space, w_err, t, "'errors'")
        return list(codecs_impl.encode(space, w_src.value, enc, errors))
    if w_enc is not None:
        raise space.type_error("encoding without a string argument")
    if w_err is not None:
        raise space.type_error("errors without a string argument")
    if t == "bytes":
        w_meth = space.lookup_user(w_src, "__bytes__")
        if w_meth is not None:
            w_b = space.call(w_meth, positional([]))
            if not isinstance(w_b, W_BytesObject):
                raise space.type_error("__bytes__ returned non-bytes (type " + space.type_name(w_b) + ")")
            return list(w_b.value)
    if is_bytes_like(w_src):
        return list(buf_w(space, w_src))
    if is_index(space, w_src):
        return [0] * _size_arg(space, w_src)
    try:
        w_iter = space.iter(w_src)
    except OperationError as e:
        if space.exc_matches(e.w_value, space.w_TypeError):
            raise space.type_error("cannot convert '" + space.type_name(w_src) + "' object to " + t)
        raise
    res: list[int] = []
    while True:
        w_x = space.next_or_null(w_iter)
        if w_x is None:
            return res
        if t == "bytes" and is_index(space, w_x):
            v = 256 if isinstance(w_x, W_LongObject) else space.int_w(w_x)
            if v < 0 or v > 255:
                raise space.value_error("bytes must be in range(0, 256)")
            res.append(v)
        else:
            res.append(byte_w(space, w_x))


def new_bytes(space: Space, args: Args) -> W_Root:
    """bytes.__new__ (to be installed by builtins.make_space)."""
    return space.newbytes(bytes(bytes_from_args(space, args, "bytes")))


def new_bytearray(space: Space, args: Args) -> W_Root:
    return W_BytearrayObject(bytes_from_args(space, args, "bytearray"))


# ---------------------------------------------------------------- bytearray operators

def ba_len(space: Space, args: Args) -> W_Root:
    return space.newint(len(self_ba(space, args).data))


def ba_repr(space: Space, args: Args) -> W_Root:
    w = self_ba(space, args)
    r = bytes_repr(bytes(w.data))
    if r.startswith('b"'):
        # CPython's bytearray repr escapes ' even inside double quotes
        r = r.replace("'", "\\'")
    return space.newstr("bytearray(" + r + ")")


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
    if not is_bytes_like(w_x) and is_index(space, w_x):
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


def ba_mod(space: Space, args: Args) -> W_Root:
    w = self_ba(space, args)
    a = margs(space, args, "__mod__", 1, 1)
    return W_BytearrayObject(list(formatting.format_mod_bytes(space, bytes(w.data), a[0])))


def ba_rmod(space: Space, args: Args) -> W_Root:
    self_ba(space, args)
    margs(space, args, "__rmod__", 1, 1)
    return space.w_NotImplemented


def vm_bytes_format_mod(space: Space, args: Args) -> W_Root:
    """`bytes % values` (the builtin __vm_bytes_format_mod__(b, values), for
    Space's binary operators, which cannot import formatting.py)."""
    w_b = args.args_w[0]
    assert isinstance(w_b, W_BytesObject)
    return space.newbytes(formatting.format_mod_bytes(space, w_b.value, args.args_w[1]))


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


# ---------------------------------------------------------------- bytes/bytearray methods
#
# Each takes the name of the type it is registered on (`t`, "bytes" or
# "bytearray": see add_bm), for the receiver check and the messages.

def recv_bytes(space: Space, args: Args, t: str, name: str) -> bytes:
    w = receiver(space, args, t, name)
    if t == "bytearray":
        if isinstance(w, W_BytearrayObject):
            return bytes(w.data)
    elif isinstance(w, W_BytesObject):
        return w.value
    raise bad_receiver(space, t, name, w)


def recv_ba(space: Space, args: Args, name: str) -> W_BytearrayObject:
    w = receiver(space, args, "bytearray", name)
    if isinstance(w, W_BytearrayObject):
        return w
    raise bad_receiver(space, "bytearray", name, w)


def wrap_t(space: Space, t: str, b: bytes) -> W_Root:
    if t == "bytearray":
        return W_BytearrayObject(list(b))
    return space.newbytes(b)


def wrap_list_t(space: Space, t: str, items: list[str]) -> W_Root:
    """A list of bytes/bytearrays from latin-1 strs."""
    res: list[W_Root] = []
    for s in items:
        res.append(wrap_t(space, t, unlatin(s)))
    return space.newlist(res)


def bytes_arg(space: Space, w: W_Root) -> bytes:
    if is_bytes_like(w):
        return buf_w(space, w)
    raise space.type_error("a bytes-like object is required, not '" + space.type_name(w) + "'")


def _is_ws(c: int) -> bool:
    return c == 32 or 9 <= c <= 13


def _is_upper(c: int) -> bool:
    return 65 <= c <= 90


def _is_lower(c: int) -> bool:
    return 97 <= c <= 122


def _is_alpha(c: int) -> bool:
    return 65 <= c <= 90 or 97 <= c <= 122


def _is_digit(c: int) -> bool:
    return 48 <= c <= 57


# ---- case

def _map_case(b: bytes, mode: int) -> bytes:
    """mode 0 upper, 1 lower, 2 swapcase, 3 capitalize, 4 title."""
    res: list[int] = []
    prev_cased = False
    first = True
    for c in b:
        up = _is_upper(c)
        low = _is_lower(c)
        if mode == 0 or (mode == 3 and first) or (mode == 4 and not prev_cased):
            if low:
                c -= 32
        elif mode == 1 or mode == 3 or mode == 4:
            if up:
                c += 32
        elif low:
            c -= 32
        elif up:
            c += 32
        prev_cased = up or low
        first = False
        res.append(c)
    return bytes(res)


def _case(space: Space, args: Args, t: str, name: str, mode: int) -> W_Root:
    b = recv_bytes(space, args, t, name)
    no_args(space, args, t, name)
    return wrap_t(space, t, _map_case(b, mode))


def bm_upper(space: Space, args: Args, t: str) -> W_Root:
    return _case(space, args, t, "upper", 0)


def bm_lower(space: Space, args: Args, t: str) -> W_Root:
    return _case(space, args, t, "lower", 1)


def bm_swapcase(space: Space, args: Args, t: str) -> W_Root:
    return _case(space, args, t, "swapcase", 2)


def bm_capitalize(space: Space, args: Args, t: str) -> W_Root:
    return _case(space, args, t, "capitalize", 3)


def bm_title(space: Space, args: Args, t: str) -> W_Root:
    return _case(space, args, t, "title", 4)


# ---- predicates

def _all_class(b: bytes, kind: int) -> bool:
    """kind 0 alpha, 1 digit, 2 alnum, 3 space, 4 ascii."""
    if len(b) == 0:
        return kind == 4
    for c in b:
        if kind == 0 and not _is_alpha(c):
            return False
        if kind == 1 and not _is_digit(c):
            return False
        if kind == 2 and not (_is_alpha(c) or _is_digit(c)):
            return False
        if kind == 3 and not _is_ws(c):
            return False
        if kind == 4 and c >= 128:
            return False
    return True


def _pred(space: Space, args: Args, t: str, name: str, kind: int) -> W_Root:
    b = recv_bytes(space, args, t, name)
    no_args(space, args, t, name)
    return space.newbool(_all_class(b, kind))


def bm_isalpha(space: Space, args: Args, t: str) -> W_Root:
    return _pred(space, args, t, "isalpha", 0)


def bm_isdigit(space: Space, args: Args, t: str) -> W_Root:
    return _pred(space, args, t, "isdigit", 1)


def bm_isalnum(space: Space, args: Args, t: str) -> W_Root:
    return _pred(space, args, t, "isalnum", 2)


def bm_isspace(space: Space, args: Args, t: str) -> W_Root:
    return _pred(space, args, t, "isspace", 3)


def bm_isascii(space: Space, args: Args, t: str) -> W_Root:
    return _pred(space, args, t, "isascii", 4)


def _cased(b: bytes, upper: bool) -> bool:
    found = False
    for c in b:
        if _is_lower(c):
            if upper:
                return False
            found = True
        elif _is_upper(c):
            if not upper:
                return False
            found = True
    return found


def bm_isupper(space: Space, args: Args, t: str) -> W_Root:
    b = recv_bytes(space, args, t, "isupper")
    no_args(space, args, t, "isupper")
    return space.newbool(_cased(b, True))


def bm_islower(space: Space, args: Args, t: str) -> W_Root:
    b = recv_bytes(space, args, t, "islower")
    no_args(space, args, t, "islower")
    return space.newbool(_cased(b, False))


def bm_istitle(space: Space, args: Args, t: str) -> W_Root:
    b = recv_bytes(space, args, t, "istitle")
    no_args(space, args, t, "istitle")
    cased = False
    prev_cased = False
    for c in b:
        if _is_upper(c):
            if prev_cased:
                return space.w_False
            prev_cased = True
            cased = True
        elif _is_lower(c):
            if not prev_cased:
                return space.w_False
            prev_cased = True
            cased = True
        else:
            prev_cased = False
    return space.newbool(cased)


# ---- padding

def _fill(space: Space, a: list[W_Root], name: str) -> str:
    if len(a) < 2:
        return " "
    w = a[1]
    if (isinstance(w, W_BytesObject) or isinstance(w, W_BytearrayObject)) and len(buf_w(space, w)) == 1:
        return latin(buf_w(space, w))
    raise space.type_error(name + "() argument 2 must be a byte string of length 1, not " + bad_arg_type(space, w))


def _pad(space: Space, args: Args, t: str, name: str, kind: int) -> W_Root:
    b = recv_bytes(space, args, t, name)
    a = pos_args(space, args, t, name, 1, 2)
    width = index_arg(space, a[0])
    fill = _fill(space, a, name)
    s = latin(b)
    if kind == 0:
        s = s.center(width, fill)
    elif kind == 1:
        s = s.ljust(width, fill)
    else:
        s = s.rjust(width, fill)
    return wrap_t(space, t, unlatin(s))


def bm_center(space: Space, args: Args, t: str) -> W_Root:
    return _pad(space, args, t, "center", 0)


def bm_ljust(space: Space, args: Args, t: str) -> W_Root:
    return _pad(space, args, t, "ljust", 1)


def bm_rjust(space: Space, args: Args, t: str) -> W_Root:
    return _pad(space, args, t, "rjust", 2)


def bm_zfill(space: Space, args: Args, t: str) -> W_Root:
    b = recv_bytes(space, args, t, "zfill")
    width = index_arg(space, one_arg(space, args, t, "zfill"))
    return wrap_t(space, t, unlatin(latin(b).zfill(width)))


def bm_expandtabs(space: Space, args: Args, t: str) -> W_Root:
    b = recv_bytes(space, args, t, "expandtabs")
    a = kw_args(space, args, "expandtabs", ["tabsize"], 0, 0)
    w_tab = a[0]
    tabsize = 8 if w_tab is None else cint_arg(space, w_tab)
    return wrap_t(space, t, unlatin(expand_tabs(latin(b), tabsize)))


# ---- searching

def sub_arg(space: Space, w: W_Root) -> bytes:
    """The needle of find/count/...: bytes-like or an int."""
    if is_bytes_like(w):
        return buf_w(space, w)
    if is_index(space, w):
        return bytes([byte_w(space, w)])
    raise space.type_error("argument should be integer or bytes-like object, not '" +
                           space.type_name(w) + "'")


def _find_args(space: Space, args: Args, t: str, name: str) -> tuple[str, str, int, int]:
    b = recv_bytes(space, args, t, name)
    a = var_args(space, args, t, name, 1, 3)
    sub = sub_arg(space, a[0])
    start = slice_index(space, a[1] if len(a) > 1 else None, 0)
    end = slice_index(space, a[2] if len(a) > 2 else None, MAXINT)
    return (latin(b), latin(sub), start, end)


def bm_find(space: Space, args: Args, t: str) -> W_Root:
    s, sub, start, end = _find_args(space, args, t, "find")
    return space.newint(s.find(sub, start, end))


def bm_rfind(space: Space, args: Args, t: str) -> W_Root:
    s, sub, start, end = _find_args(space, args, t, "rfind")
    return space.newint(s.rfind(sub, start, end))


def bm_index(space: Space, args: Args, t: str) -> W_Root:
    s, sub, start, end = _find_args(space, args, t, "index")
    i = s.find(sub, start, end)
    if i < 0:
        raise space.value_error("subsection not found")
    return space.newint(i)


def bm_rindex(space: Space, args: Args, t: str) -> W_Root:
    s, sub, start, end = _find_args(space, args, t, "rindex")
    i = s.rfind(sub, start, end)
    if i < 0:
        raise space.value_error("subsection not found")
    return space.newint(i)


def bm_count(space: Space, args: Args, t: str) -> W_Root:
    s, sub, start, end = _find_args(space, args, t, "count")
    return space.newint(s.count(sub, start, end))


def _affix(space: Space, args: Args, t: str, name: str, ends: bool) -> W_Root:
    b = recv_bytes(space, args, t, name)
    a = var_args(space, args, t, name, 1, 3)
    start = slice_index(space, a[1] if len(a) > 1 else None, 0)
    end = slice_index(space, a[2] if len(a) > 2 else None, MAXINT)
    w_x = a[0]
    cands_w: list[W_Root] = []
    if isinstance(w_x, W_TupleObject):
        cands_w = w_x.items_w
    elif is_bytes_like(w_x):
        cands_w = [w_x]
    else:
        raise space.type_error(name + " first arg must be bytes or a tuple of bytes, not " +
                               space.type_name(w_x))
    s = latin(b)
    for w_c in cands_w:
        # checked one at a time: a match ends the search first
        p = latin(bytes_arg(space, w_c))
        if ends:
            if s.endswith(p, start, end):
                return space.w_True
        elif s.startswith(p, start, end):
            return space.w_True
    return space.w_False


def bm_startswith(space: Space, args: Args, t: str) -> W_Root:
    return _affix(space, args, t, "startswith", False)


def bm_endswith(space: Space, args: Args, t: str) -> W_Root:
    return _affix(space, args, t, "endswith", True)


# ---- stripping, affixes, replace

def _strip(space: Space, args: Args, t: str, name: str, kind: int) -> W_Root:
    b = recv_bytes(space, args, t, name)
    a = pos_args(space, args, t, name, 0, 1)
    chars = _WS
    if len(a) > 0 and a[0] is not space.w_None:
        chars = latin(bytes_arg(space, a[0]))
    s = latin(b)
    if kind == 0:
        s = s.strip(chars)
    elif kind == 1:
        s = s.lstrip(chars)
    else:
        s = s.rstrip(chars)
    return wrap_t(space, t, unlatin(s))


def bm_strip(space: Space, args: Args, t: str) -> W_Root:
    return _strip(space, args, t, "strip", 0)


def bm_lstrip(space: Space, args: Args, t: str) -> W_Root:
    return _strip(space, args, t, "lstrip", 1)


def bm_rstrip(space: Space, args: Args, t: str) -> W_Root:
    return _strip(space, args, t, "rstrip", 2)


def bm_removeprefix(space: Space, args: Args, t: str) -> W_Root:
    b = recv_bytes(space, args, t, "removeprefix")
    p = bytes_arg(space, one_arg(space, args, t, "removeprefix"))
    return wrap_t(space, t, unlatin(latin(b).removeprefix(latin(p))))


def bm_removesuffix(space: Space, args: Args, t: str) -> W_Root:
    b = recv_bytes(space, args, t, "removesuffix")
    p = bytes_arg(space, one_arg(space, args, t, "removesuffix"))
    return wrap_t(space, t, unlatin(latin(b).removesuffix(latin(p))))


def bm_replace(space: Space, args: Args, t: str) -> W_Root:
    b = recv_bytes(space, args, t, "replace")
    a = pos_args(space, args, t, "replace", 2, 3)
    old = latin(bytes_arg(space, a[0]))
    new = latin(bytes_arg(space, a[1]))
    count = index_arg(space, a[2]) if len(a) > 2 else -1
    return wrap_t(space, t, unlatin(latin(b).replace(old, new, count)))


# ---- splitting, joining

def split_ws(s: str, maxsplit: int) -> list[str]:
    """bytes.split() on ASCII whitespace (s holds the bytes as latin-1)."""
    res: list[str] = []
    i = 0
    n = len(s)
    while True:
        while i < n and _is_ws(ord(s[i])):
            i += 1
        if i >= n:
            break
        if 0 <= maxsplit <= len(res):
            res.append(s[i:])
            break
        j = i
        while j < n and not _is_ws(ord(s[j])):
            j += 1
        res.append(s[i:j])
        i = j
    return res


def rsplit_ws(s: str, maxsplit: int) -> list[str]:
    res: list[str] = []
    i = len(s) - 1
    while True:
        while i >= 0 and _is_ws(ord(s[i])):
            i -= 1
        if i < 0:
            break
        if 0 <= maxsplit <= len(res):
            res.append(s[:i + 1])
            break
        j = i
        while j >= 0 and not _is_ws(ord(s[j])):
            j -= 1
        res.append(s[j + 1:i + 1])
        i = j
    res.reverse()
    return res


def _split(space: Space, args: Args, t: str, name: str, rev: bool) -> W_Root:
    b = recv_bytes(space, args, t, name)
    a = kw_args(space, args, name, ["sep", "maxsplit"], 0, 0)
    w_sep = a[0]
    maxsplit = opt_index(space, a[1], -1)
    s = latin(b)
    if w_sep is None or w_sep is space.w_None:
        parts = rsplit_ws(s, maxsplit) if rev else split_ws(s, maxsplit)
    else:
        sep = latin(bytes_arg(space, w_sep))
        if sep == "":
            raise space.value_error("empty separator")
        parts = s.rsplit(sep, maxsplit) if rev else s.split(sep, maxsplit)
    return wrap_list_t(space, t, parts)


def bm_split(space: Space, args: Args, t: str) -> W_Root:
    return _split(space, args, t, "split", False)


def bm_rsplit(space: Space, args: Args, t: str) -> W_Root:
    return _split(space, args, t, "rsplit", True)


def bm_splitlines(space: Space, args: Args, t: str) -> W_Root:
    b = recv_bytes(space, args, t, "splitlines")
    a = kw_args(space, args, "splitlines", ["keepends"], 0, 0)
    keep = int_flag(space, a[0])
    s = latin(b)
    parts: list[str] = []
    n = len(s)
    i = 0
    while i < n:
        j = i
        while j < n and s[j] != "\n" and s[j] != "\r":
            j += 1
        eol = j
        if j < n:
            if s[j] == "\r" and j + 1 < n and s[j + 1] == "\n":
                j += 2
            else:
                j += 1
            if keep:
                eol = j
        parts.append(s[i:eol])
        i = j
    return wrap_list_t(space, t, parts)


def _partition(space: Space, args: Args, t: str, name: str, rev: bool) -> W_Root:
    b = recv_bytes(space, args, t, name)
    w_sep = one_arg(space, args, t, name)
    sep = latin(bytes_arg(space, w_sep))
    if sep == "":
        raise space.value_error("empty separator")
    s = latin(b)
    i = s.rfind(sep) if rev else s.find(sep)
    if i < 0:
        if rev:
            return space.newtuple([wrap_t(space, t, b""), wrap_t(space, t, b""), wrap_t(space, t, b)])
        return space.newtuple([wrap_t(space, t, b), wrap_t(space, t, b""), wrap_t(space, t, b"")])
    # bytes gives back the separator object itself (CPython's stringlib)
    w_mid = w_sep if t == "bytes" else wrap_t(space, t, unlatin(sep))
    return space.newtuple([wrap_t(space, t, unlatin(s[:i])), w_mid, wrap_t(space, t, unlatin(s[i + len(sep):]))])


def bm_partition(space: Space, args: Args, t: str) -> W_Root:
    return _partition(space, args, t, "partition", False)


def bm_rpartition(space: Space, args: Args, t: str) -> W_Root:
    return _partition(space, args, t, "rpartition", True)


def bm_join(space: Space, args: Args, t: str) -> W_Root:
    b = recv_bytes(space, args, t, "join")
    items_w = unpack_for_join(space, one_arg(space, args, t, "join"))
    parts: list[bytes] = []
    i = 0
    for w_x in items_w:
        if not is_bytes_like(w_x):
            raise space.type_error("sequence item " + str(i) + ": expected a bytes-like object, " +
                                   space.type_name(w_x) + " found")
        parts.append(buf_w(space, w_x))
        i += 1
    return wrap_t(space, t, b.join(parts))


# ---- translate, maketrans

def bm_maketrans(space: Space, args: Args, t: str) -> W_Root:
    # static: no receiver
    a = pos_args(space, args.prepend(space.w_None), t, "maketrans", 2, 2)
    frm = bytes_arg(space, a[0])
    to = bytes_arg(space, a[1])
    if len(frm) != len(to):
        raise space.value_error("maketrans arguments must have same length")
    table: list[int] = []
    i = 0
    while i < 256:
        table.append(i)
        i += 1
    i = 0
    while i < len(frm):
        table[frm[i]] = to[i]
        i += 1
    return space.newbytes(bytes(table))


def bm_translate(space: Space, args: Args, t: str) -> W_Root:
    b = recv_bytes(space, args, t, "translate")
    a = kw_args(space, args, "translate", ["table", "delete"], 1, 1)
    w_table = a[0]
    assert w_table is not None
    table = b""
    if w_table is not space.w_None:
        table = bytes_arg(space, w_table)
        if len(table) != 256:
            raise space.value_error("translation table must be 256 characters long")
    delete: list[bool] = [False] * 256
    w_del = a[1]
    if w_del is not None:
        for c in bytes_arg(space, w_del):
            delete[c] = True
    res: list[int] = []
    for c in b:
        if not delete[c]:
            res.append(table[c] if len(table) > 0 else c)
    return wrap_t(space, t, bytes(res))


# ---- decode, hex, fromhex

def bm_decode(space: Space, args: Args) -> W_Root:
    """bytes.decode (builtins.new_str calls it with a bytes receiver)."""
    return bm_decode_t(space, args, "bytes")


def bm_decode_t(space: Space, args: Args, t: str) -> W_Root:
    b = recv_bytes(space, args, t, "decode")
    a = kw_args(space, args, "decode", ["encoding", "errors"], 0, 0)
    w_enc = a[0]
    w_err = a[1]
    enc = "utf-8" if w_enc is None else arg_str(space, w_enc, "decode", "'encoding'")
    errors = "strict" if w_err is None else arg_str(space, w_err, "decode", "'errors'")
    return space.newstr(codecs_impl.decode(space, b, enc, errors))


def hex_sep(space: Space, b: bytes, w_sep: W_Root | None, w_per: W_Root | None) -> str:
    """bytes.hex(sep, bytes_per_sep) (also memoryview.hex)."""
    sep = ""
    if w_sep is not None:
        if space.len(w_sep) != 1:
            raise space.value_error("sep must be length 1.")
        if isinstance(w_sep, W_StrObject):
            if ord(w_sep.value[0]) >= 128:
                raise space.value_error("sep must be ASCII.")
            sep = w_sep.value
        elif isinstance(w_sep, W_BytesObject):
            sep = latin(w_sep.value)
        else:
            raise space.type_error("sep must be str or bytes.")
    per = 1
    if w_per is not None:
        per = cint_arg(space, w_per)
    parts: list[str] = []
    n = len(b)
    i = 0
    while i < n:
        c = b[i]
        if sep != "" and per != 0 and i > 0:
            # groups of |per| bytes, counted from the right if per > 0
            if per > 0 and (n - i) % per == 0:
                parts.append(sep)
            elif per < 0 and i % (-per) == 0:
                parts.append(sep)
        parts.append(_HEXDIGITS[c >> 4] + _HEXDIGITS[c & 15])
        i += 1
    return "".join(parts)


def bm_hex(space: Space, args: Args, t: str) -> W_Root:
    b = recv_bytes(space, args, t, "hex")
    a = kw_args(space, args, "hex", ["sep", "bytes_per_sep"], 0, 0)
    return space.newstr(hex_sep(space, b, a[0], a[1]))


def bytes_fromhex(space: Space, args: Args) -> W_Root:
    # a class method: args_w[0] is the class
    w_cls = args.args_w[0]
    tname = "bytearray" if w_cls is w_bytearray_type(space) else "bytes"
    w_s = one_arg(space, args, tname, "fromhex")
    if not isinstance(w_s, W_StrObject):
        raise space.type_error("fromhex() argument must be str, not " + bad_arg_type(space, w_s))
    s = w_s.value
    res: list[int] = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c == " " or c == "\t" or c == "\n" or c == "\r" or c == "\x0b" or c == "\x0c":
            i += 1
            continue
        hi = _HEXDIGITS.find(c.lower()) if ord(c) < 128 else -1
        lo = -1
        if i + 1 < n and ord(s[i + 1]) < 128:
            lo = _HEXDIGITS.find(s[i + 1].lower())
        if hi < 0 or lo < 0:
            pos = i if hi < 0 else i + 1
            raise space.value_error("non-hexadecimal number found in fromhex() arg at position " + str(pos))
        res.append(hi * 16 + lo)
        i += 2
    if tname == "bytearray":
        return W_BytearrayObject(res)
    return space.newbytes(bytes(res))


# ---------------------------------------------------------------- bytearray mutators

def ba_append(space: Space, args: Args) -> W_Root:
    w = recv_ba(space, args, "append")
    v = byte_w(space, one_arg(space, args, "bytearray", "append"))
    w.data.append(v)
    return space.w_None


def ba_extend(space: Space, args: Args) -> W_Root:
    w = recv_ba(space, args, "extend")
    w_src = one_arg(space, args, "bytearray", "extend")
    if is_bytes_like(w_src):
        w.data.extend(list(buf_w(space, w_src)))
        return space.w_None
    try:
        w_iter = space.iter(w_src)
    except OperationError as e:
        if space.exc_matches(e.w_value, space.w_TypeError):
            raise space.type_error("can't extend bytearray with " + space.type_name(w_src))
        raise
    vals: list[int] = []
    while True:
        w_x = space.next_or_null(w_iter)
        if w_x is None:
            break
        vals.append(byte_w(space, w_x))
    w.data.extend(vals)
    return space.w_None


def ba_pop(space: Space, args: Args) -> W_Root:
    w = recv_ba(space, args, "pop")
    a = pos_args(space, args, "bytearray", "pop", 0, 1)
    i = -1
    if len(a) > 0:
        i = index_arg(space, a[0])
    if len(w.data) == 0:
        raise space.index_error("pop from empty bytearray")
    if i < 0:
        i += len(w.data)
    if i < 0 or i >= len(w.data):
        raise space.index_error("pop index out of range")
    v = w.data[i]
    del w.data[i]
    return space.newint(v)


def ba_insert(space: Space, args: Args) -> W_Root:
    w = recv_ba(space, args, "insert")
    a = pos_args(space, args, "bytearray", "insert", 2, 2)
    i = index_arg(space, a[0])
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
    w = recv_ba(space, args, "remove")
    v = byte_w(space, one_arg(space, args, "bytearray", "remove"))
    i = 0
    while i < len(w.data):
        if w.data[i] == v:
            del w.data[i]
            return space.w_None
        i += 1
    raise space.value_error("value not found in bytearray")


def ba_reverse(space: Space, args: Args) -> W_Root:
    w = recv_ba(space, args, "reverse")
    no_args(space, args, "bytearray", "reverse")
    w.data.reverse()
    return space.w_None


def ba_clear(space: Space, args: Args) -> W_Root:
    w = recv_ba(space, args, "clear")
    no_args(space, args, "bytearray", "clear")
    del w.data[:]
    return space.w_None


def ba_copy(space: Space, args: Args) -> W_Root:
    w = recv_ba(space, args, "copy")
    no_args(space, args, "bytearray", "copy")
    return W_BytearrayObject(list(w.data))


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


def mv_hex(space: Space, args: Args) -> W_Root:
    w = self_mv(space, args)
    a = kw_args(space, args, "hex", ["sep", "bytes_per_sep"], 0, 0)
    return space.newstr(hex_sep(space, mv_bytes(space, w), a[0], a[1]))


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


def add_bm(space: Space, w_type: W_TypeObject, name: str,
           impl: Callable[[Space, Args, str], W_Root]) -> W_BuiltinFunction:
    """A method shared by bytes and bytearray: impl gets the type's name."""
    t = w_type.name

    def call(space: Space, args: Args) -> W_Root:
        return impl(space, args, t)
    w_f = W_BuiltinFunction(name, call, t)
    w_type.dict_w[name] = w_f
    return w_f


def install_shared(space: Space, w: W_TypeObject) -> None:
    add_bm(space, w, "capitalize", bm_capitalize)
    add_bm(space, w, "center", bm_center)
    add_bm(space, w, "count", bm_count)
    add_bm(space, w, "decode", bm_decode_t)
    add_bm(space, w, "endswith", bm_endswith)
    add_bm(space, w, "expandtabs", bm_expandtabs)
    add_bm(space, w, "find", bm_find)
    add_bm(space, w, "hex", bm_hex)
    add_bm(space, w, "index", bm_index)
    add_bm(space, w, "isalnum", bm_isalnum)
    add_bm(space, w, "isalpha", bm_isalpha)
    add_bm(space, w, "isascii", bm_isascii)
    add_bm(space, w, "isdigit", bm_isdigit)
    add_bm(space, w, "islower", bm_islower)
    add_bm(space, w, "isspace", bm_isspace)
    add_bm(space, w, "istitle", bm_istitle)
    add_bm(space, w, "isupper", bm_isupper)
    add_bm(space, w, "join", bm_join)
    add_bm(space, w, "ljust", bm_ljust)
    add_bm(space, w, "lower", bm_lower)
    add_bm(space, w, "lstrip", bm_lstrip)
    add_bm(space, w, "partition", bm_partition)
    add_bm(space, w, "removeprefix", bm_removeprefix)
    add_bm(space, w, "removesuffix", bm_removesuffix)
    add_bm(space, w, "replace", bm_replace)
    add_bm(space, w, "rfind", bm_rfind)
    add_bm(space, w, "rindex", bm_rindex)
    add_bm(space, w, "rjust", bm_rjust)
    add_bm(space, w, "rpartition", bm_rpartition)
    add_bm(space, w, "rsplit", bm_rsplit)
    add_bm(space, w, "rstrip", bm_rstrip)
    add_bm(space, w, "split", bm_split)
    add_bm(space, w, "splitlines", bm_splitlines)
    add_bm(space, w, "startswith", bm_startswith)
    add_bm(space, w, "strip", bm_strip)
    add_bm(space, w, "swapcase", bm_swapcase)
    add_bm(space, w, "title", bm_title)
    add_bm(space, w, "translate", bm_translate)
    add_bm(space, w, "upper", bm_upper)
    add_bm(space, w, "zfill", bm_zfill)
    add_bm(space, w, "maketrans", bm_maketrans).is_static = True
    add_classmethod_like(space, w, "fromhex", bytes_fromhex)


def install(space: Space) -> None:
    # str methods: builtin_methods.install has just run, these replace its ones
    strmethods.install(space)
    space.builtins["__vm_bytes_format_mod__"] = W_BuiltinFunction("__vm_bytes_format_mod__", vm_bytes_format_mod, "")
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
    add(space, w, "__mod__", ba_mod)
    add(space, w, "__rmod__", ba_rmod)
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
    add(space, m, "hex", mv_hex)
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
