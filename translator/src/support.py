"""Helpers the front end's lowering calls (translated on demand like the
prelude; this module is part of the translator, not of the prelude).

Runs on CPython too: `_prims` is the prelude's CPython implementation of
the primitives; except `_set_path_text`, which rewrites the `message`
field the runtimes give every exception (support code may read and
assign it, programs may not; CPython's OSError has no such attribute).
"""

import _prims
from _generic import T

# SystemExit.code for a code of None / of a str (typed::EXIT_NONE and
# EXIT_TEXT in the front end): exit status 0 / 1.
_EXIT_NONE = -(1 << 63)
_EXIT_TEXT = _EXIT_NONE + 1


def fe_ord(s: str) -> int:
    """ord(s); TypeError like CPython for a length other than 1."""
    n = len(s)
    if n != 1:
        raise TypeError("ord() expected a character, but string of length " + str(n) + " found")
    return _prims.str_codeat(s, 0)


def fe_list_delitem(xs: list[T], i: int) -> None:
    """del xs[i]; IndexError "list assignment index out of range"."""
    n = len(xs)
    if i < 0:
        i += n
    if i < 0 or i >= n:
        raise IndexError("list assignment index out of range")
    xs.pop(i)


def fe_tuplev_repr(xs: list[T]) -> str:
    """repr of a homogeneous tuple: (a, b) and (a,)."""
    parts: list[str] = []
    for x in xs:
        parts.append(repr(x))
    if len(parts) == 1:
        return "(" + parts[0] + ",)"
    return "(" + _prims.str_join(", ", parts) + ")"


class StatResult:
    """The result of os.stat (the fields the primitive gives)."""

    def __init__(self, mode: int, size: int, mtime_ns: int) -> None:
        self.st_mode = mode
        self.st_size = size
        self.st_mtime_ns = mtime_ns
        self.st_mtime = mtime_ns / 1000000000.0


def fe_os_stat(path: str) -> StatResult:
    try:
        r = _prims.os_stat(path)
    except OSError as e:
        _requote(e, path)
        raise
    return StatResult(r[0], r[1], r[2])


# Every os call taking a path goes through a function here, so that the
# path in an OSError's message is quoted by the prelude's repr (CPython's
# printability tables) rather than by each runtime's own quoting, which
# escapes only control characters, U+007F..U+00A0, U+00AD and surrogates.
# On ASCII the two agree (quote choice and backslashes included), so only
# a non-ASCII path costs a second quoting, and only once an error is
# raised. The exception itself is kept: same object, class, errno and
# repr(e) (its args are `(errno, strerror)`, without the path).


def _requote(e: OSError, path: str) -> None:
    """The message of an OSError for `path` with the path as repr quotes
    it."""
    if not path.isascii():
        _set_path_text(e, repr(path))


def _set_path_text(e: OSError, text: str) -> None:
    """Replace what follows STRERROR in the runtime's message
    `[Errno N] STRERROR: 'PATH'` by `text`: the first ": " followed by a
    quote (STRERROR may hold ": ", as ETOOMANYREFS's does, but no quote)."""
    msg = e.message
    i = _prims.str_find(msg, ": ", 0)
    while i >= 0:
        q = _prims.str_codeat(msg, i + 2) if i + 2 < len(msg) else 0
        if q == 39 or q == 34:
            e.message = msg[: i + 2] + text
            return
        i = _prims.str_find(msg, ": ", i + 2)


def fe_os_unlink(path: str) -> None:
    try:
        _prims.os_unlink(path)
    except OSError as e:
        _requote(e, path)
        raise


def fe_os_rmdir(path: str) -> None:
    try:
        _prims.os_rmdir(path)
    except OSError as e:
        _requote(e, path)
        raise


def fe_os_listdir(path: str) -> list[str]:
    try:
        return _prims.os_listdir(path)
    except OSError as e:
        _requote(e, path)
        raise


def fe_os_rename(src: str, dst: str) -> None:
    """os.rename/os.replace: the message names both paths, `'a' -> 'b'`."""
    try:
        _prims.os_rename(src, dst)
    except OSError as e:
        if not (src.isascii() and dst.isascii()):
            _set_path_text(e, repr(src) + " -> " + repr(dst))
        raise


def fe_c_int(x: int) -> int:
    """An argument CPython converts to a C int (file descriptors, flags,
    modes): OverflowError beyond 32 bits, whatever the sign."""
    if x < -2147483648 or x > 2147483647:
        raise OverflowError("Python int too large to convert to C int")
    return x


def fe_os_open(path: str, flags: int, mode: int) -> int:
    """os.open: CPython converts the path (ValueError for a NUL) before
    the flags and the mode."""
    _no_nul(path)
    f = fe_c_int(flags)
    m = fe_c_int(mode)
    try:
        return _prims.os_open(path, f, m)
    except OSError as e:
        _requote(e, path)
        raise


def fe_os_mkdir(path: str, mode: int) -> None:
    """os.mkdir: the path is converted before the mode, as in os.open."""
    _no_nul(path)
    m = fe_c_int(mode)
    try:
        _prims.os_mkdir(path, m)
    except OSError as e:
        _requote(e, path)
        raise


def _no_nul(path: str) -> None:
    # The runtimes check it again; this is for the order of the errors.
    if _prims.str_find(path, "\0", 0) >= 0:
        raise ValueError("embedded null byte")


def fe_int_truediv(a: int, b: int) -> float:
    """a / b on ints: ZeroDivisionError "division by zero"."""
    if b == 0:
        raise ZeroDivisionError("division by zero")
    return _prims.fdiv(_prims.int_tofloat(a), _prims.int_tofloat(b))


def fe_tuple_get(xs: list[T], i: int) -> T:
    """t[i] on a tuple: IndexError "tuple index out of range"."""
    n = len(xs)
    if i < 0:
        i += n
    if i < 0 or i >= n:
        raise IndexError("tuple index out of range")
    return xs[i]


def fe_exc_arg(msg: str) -> str | None:
    """The message field of an exception built with an explicit argument:
    None stands for an empty one, so that repr gives E('') (the message
    of E() is "")."""
    if len(msg) == 0:
        return None
    return msg


def fe_exc_text(msg: str | None) -> str:
    """str(e) from the message field (None: an explicit empty argument)."""
    if msg is None:
        return ""
    return msg


def fe_len_result(n: int) -> int:
    """The result of a user `__len__` as len(), truth tests and reversed()
    see it: CPython rejects a negative length."""
    if n < 0:
        raise ValueError("__len__() should return >= 0")
    return n


def fe_unhashable(name: str) -> int:
    """hash() of an instance of a class whose `__eq__` came without a
    `__hash__` (CPython sets `__hash__ = None` in that class)."""
    raise TypeError("unhashable type: '" + name + "'")


def fe_hash_user(h: int) -> int:
    """hash(x) from x.__hash__()'s result: CPython keeps -1 for errors
    and makes it -2."""
    if h == -1:
        return -2
    return h


def fe_exit_status(code: int | None) -> int:
    """SystemExit.code for sys.exit(code) with an optional int."""
    if code is None:
        return _EXIT_NONE
    return code


def fe_exit_message(code: int | None, none_text: str) -> str:
    """The message of SystemExit(code) for an optional int code."""
    if code is None:
        return none_text
    return str(code)


def fe_exit_code(code: int) -> int | None:
    """e.code of a SystemExit: None for a code of None (a program that
    exits with a str code cannot read e.code: the front end rejects it)."""
    if code == _EXIT_NONE:
        return None
    if code == _EXIT_TEXT:
        return 1
    return code


def fe_os_errno(errno: int) -> int | None:
    """e.errno of an OSError: None for one the program made (`OSError("m")`
    leaves the field 0; every error the runtimes raise has a nonzero
    errno, and `OSError(errno, strerror)` is not supported)."""
    if errno == 0:
        return None
    return errno


def fe_exit_report(code: int, msg: str | None) -> None:
    """A SystemExit escaping main: a str code is written to stderr."""
    if code == _EXIT_TEXT:
        _prims.write_err(fe_exc_text(msg) + "\n")


def fe_sleep_float(secs: float) -> None:
    """time.sleep(secs) for a float, with CPython's checks: the duration is
    rounded up to whole nanoseconds (away from zero) and must fit in 64
    bits and not be negative."""
    if secs != secs:
        raise ValueError("Invalid value NaN (not a number)")
    d = _prims.fmul(secs, 1e9)
    if d >= 0.0:
        d = _prims.fceil(d)
    else:
        d = _prims.ffloor(d)
    if not (d >= -9223372036854775808.0 and d < 9223372036854775808.0):
        raise OverflowError("timestamp out of range for platform time_t")
    ns = _prims.float_toint(d)
    if ns < 0:
        raise ValueError("sleep length must be non-negative")
    _prims.time_sleep(ns)


def fe_sleep_int(secs: int) -> None:
    """time.sleep(secs) for an int (whole seconds)."""
    if secs > 9223372036 or secs < -9223372036:
        raise OverflowError("timestamp too large to convert to C _PyTime_t")
    if secs < 0:
        raise ValueError("sleep length must be non-negative")
    _prims.time_sleep(secs * 1000000000)


def fe_minmax_empty(name: str) -> None:
    """min()/max() of no items without a default."""
    raise ValueError(name + "() arg is an empty sequence")
