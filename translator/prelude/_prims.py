"""CPython implementation of every `ir::Prim` (see the `prims!` table in
ir/src/lib.rs).

Each primitive is named by its mnemonic with `.` replaced by `_`
(`str.get` -> `str_get`). The front end turns a call `_prims.NAME(...)` in
prelude code into `Op::Prim`; on CPython this module gives the same
results and raises the same exceptions (type and message) as the
backends' runtimes. This module itself is never translated: it may use
all of CPython.

Only `int` differs: on CPython ints are unbounded, translated ints are
64-bit (prelude code keeps its intermediates in range).
"""

import ctypes
import math
import os
import re
import struct
import sys
import time
from typing import Any, TypeVar

T = TypeVar("T")

INT_MIN = -(1 << 63)
INT_MAX = (1 << 63) - 1


def int_invert(x: int) -> int:
    """`~x`."""
    return ~x


def fadd(a: float, b: float) -> float:
    return a + b


def fsub(a: float, b: float) -> float:
    return a - b


def fmul(a: float, b: float) -> float:
    return a * b


def fdiv(a: float, b: float) -> float:
    if b == 0.0:
        raise ZeroDivisionError("float division by zero")
    return a / b


def ffloordiv(a: float, b: float) -> float:
    if b == 0.0:
        raise ZeroDivisionError("float floor division by zero")
    return a // b


def fmod(a: float, b: float) -> float:
    if b == 0.0:
        raise ZeroDivisionError("float modulo")
    return a % b


def fpow(a: float, b: float) -> float:
    if a == 0.0 and b < 0.0 and b != -math.inf:
        raise ZeroDivisionError("0.0 cannot be raised to a negative power")
    if a < 0.0 and math.isfinite(a) and math.isfinite(b) and b != math.floor(b):
        # Checked before overflow: CPython's complex result may overflow.
        raise ValueError("math domain error")
    try:
        r = a ** b
    except OverflowError:
        raise OverflowError("(34, 'Numerical result out of range')") from None
    if isinstance(r, complex):
        raise ValueError("math domain error")
    return r


def flt(a: float, b: float) -> bool:
    return a < b


def fle(a: float, b: float) -> bool:
    return a <= b


def fgt(a: float, b: float) -> bool:
    return a > b


def fge(a: float, b: float) -> bool:
    return a >= b


def feq(a: float, b: float) -> bool:
    return a == b


def fne(a: float, b: float) -> bool:
    return a != b


def fneg(a: float) -> float:
    return -a


# The math-library primitives: what C's function of the same name returns
# (CPython's math module calls the same C library, but raises where C
# returns NaN or an infinity; here the C result is given back instead).

def _libm(f: Any, x: float, bad: float) -> float:
    """f(x), or `bad` where CPython's math module raises."""
    try:
        return f(x)
    except (ValueError, OverflowError):
        return bad


def _huge(x: float) -> float:
    """The infinity an overflowing exp/sinh/cosh gives (sign of x)."""
    return math.copysign(math.inf, x)


def fsqrt(x: float) -> float:
    return _libm(math.sqrt, x, math.nan)


def fexp(x: float) -> float:
    return _libm(math.exp, x, math.inf)


def fexpm1(x: float) -> float:
    return _libm(math.expm1, x, math.inf)


def _log_bad(x: float) -> float:
    """C's log of 0 is -inf, of a negative number NaN."""
    return -math.inf if x == 0.0 else math.nan


def flog(x: float) -> float:
    return _libm(math.log, x, _log_bad(x))


def flog2(x: float) -> float:
    return _libm(math.log2, x, _log_bad(x))


def flog10(x: float) -> float:
    return _libm(math.log10, x, _log_bad(x))


def flog1p(x: float) -> float:
    return _libm(math.log1p, x, _log_bad(x + 1.0))


def fsin(x: float) -> float:
    return _libm(math.sin, x, math.nan)


def fcos(x: float) -> float:
    return _libm(math.cos, x, math.nan)


def ftan(x: float) -> float:
    return _libm(math.tan, x, math.nan)


def fasin(x: float) -> float:
    return _libm(math.asin, x, math.nan)


def facos(x: float) -> float:
    return _libm(math.acos, x, math.nan)


def fatan(x: float) -> float:
    return math.atan(x)


def fatan2(y: float, x: float) -> float:
    return math.atan2(y, x)


def fsinh(x: float) -> float:
    return _libm(math.sinh, x, _huge(x))


def fcosh(x: float) -> float:
    return _libm(math.cosh, x, math.inf)


def ftanh(x: float) -> float:
    return math.tanh(x)


def fasinh(x: float) -> float:
    return math.asinh(x)


def facosh(x: float) -> float:
    return _libm(math.acosh, x, math.nan)


def fatanh(x: float) -> float:
    """±inf at ±1, NaN beyond."""
    return _libm(math.atanh, x, _huge(x) if abs(x) == 1.0 else math.nan)


def fcfmod(x: float, y: float) -> float:
    """C's fmod: the remainder with the sign of x; NaN for y = 0 or an
    infinite x, x for an infinite y."""
    try:
        return math.fmod(x, y)
    except ValueError:
        return math.nan


def ffloor(x: float) -> float:
    """Largest integral value <= x as a float (-0.0, inf and NaN kept)."""
    if not math.isfinite(x):
        return x
    r = float(math.floor(x))
    return math.copysign(0.0, x) if r == 0.0 else r


def fceil(x: float) -> float:
    """Smallest integral value >= x as a float (ceil(-0.5) is -0.0)."""
    if not math.isfinite(x):
        return x
    r = float(math.ceil(x))
    return math.copysign(0.0, x) if r == 0.0 else r


def int_tofloat(x: int) -> float:
    """Nearest double (round half to even)."""
    return float(x)


def float_toint(x: float) -> int:
    """Truncation toward zero, with CPython's errors; OverflowError
    "integer overflow" outside the 64-bit range."""
    if math.isinf(x):
        raise OverflowError("cannot convert float infinity to integer")
    if math.isnan(x):
        raise ValueError("cannot convert float NaN to integer")
    r = int(x)
    if r < INT_MIN or r > INT_MAX:
        raise OverflowError("integer overflow")
    return r


def float_bits(x: float) -> int:
    """IEEE bits of a double, as a signed 64-bit int."""
    return struct.unpack("<q", struct.pack("<d", x))[0]


def float_frombits(b: int) -> float:
    return struct.unpack("<d", struct.pack("<Q", b & 0xFFFFFFFFFFFFFFFF))[0]


def float_fmt_e(x: float, prec: int) -> str:
    """C's `%.*e` at any precision (exact digits): "1.500000e+00"; "inf", "-inf",
    "nan"."""
    return "%.*e" % (prec, x)


def float_fmt_f(x: float, prec: int) -> str:
    """C's `%.*f` at any precision (exact digits): "1.50"."""
    return "%.*f" % (prec, x)


_FLOAT_RE = re.compile(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?")


def str_tofloat(s: str) -> float:
    """Parse `[+-]?(d+[.d*]|.d+)([eE][+-]?d+)?` (ASCII digits only),
    correctly rounded; ValueError "could not convert string to float"
    otherwise."""
    if _FLOAT_RE.fullmatch(s) is None:
        raise ValueError("could not convert string to float")
    return float(s)


def str_get(s: str, i: int) -> str:
    """`s[i]` (negative from the end); IndexError "string index out of
    range"."""
    n = len(s)
    if i < 0:
        i += n
    if i < 0 or i >= n:
        raise IndexError("string index out of range")
    return s[i]


def str_codeat(s: str, i: int) -> int:
    """Code point at 0 <= i < len (no negative indices)."""
    if i < 0 or i >= len(s):
        raise IndexError("string index out of range")
    return ord(s[i])


def str_hash(s: str) -> int:
    """The prelude's deterministic string hash (`builtin_hash_str`; CPython's
    is randomized); the runtimes compute it natively and cache it in the
    string object."""
    h = 5381
    n = len(s)
    for i in range(n):
        h = ((h & 0xFFFFFFFFFFFF) * 33 + ord(s[i])) % 2305843009213693951
    return (h + n) % 2305843009213693951


def _clamp(a: int, b: int, n: int) -> tuple[int, int]:
    a = min(max(a, 0), n)
    b = min(max(b, a), n)
    return a, b


def str_slice(s: str, start: int, stop: int) -> str:
    """`s[start:stop]` with normalized bounds (clamped anyway)."""
    a, b = _clamp(start, stop, len(s))
    return s[a:b]


def str_cmp(a: str, b: str) -> int:
    """Code-point lexicographic comparison: -1, 0 or 1."""
    if a < b:
        return -1
    if a > b:
        return 1
    return 0


def str_fromcp(i: int) -> str:
    if i < 0 or i > 0x10FFFF:
        raise ValueError("chr() arg not in range(0x110000)")
    return chr(i)


def str_join(sep: str, items: list[str]) -> str:
    return sep.join(items)


def str_find(s: str, sub: str, start: int) -> int:
    """Index of the first `sub` at or after `start` (clamped to 0..=len),
    or -1."""
    start = min(max(start, 0), len(s))
    return s.find(sub, start)


def str_encode_utf8(s: str) -> bytes:
    """UTF-8; CPython's UnicodeEncodeError for lone surrogates."""
    return s.encode("utf-8")


def bytes_fromlist(xs: list[int]) -> bytes:
    for x in xs:
        if x < 0 or x > 255:
            raise ValueError("bytes must be in range(0, 256)")
    return bytes(xs)


def bytes_len(b: bytes) -> int:
    return len(b)


def bytes_get(b: bytes, i: int) -> int:
    n = len(b)
    if i < 0:
        i += n
    if i < 0 or i >= n:
        raise IndexError("index out of range")
    return b[i]


def bytes_slice(b: bytes, start: int, stop: int) -> bytes:
    a, c = _clamp(start, stop, len(b))
    return b[a:c]


def bytes_concat(a: bytes, b: bytes) -> bytes:
    return a + b


def bytes_eq(a: bytes, b: bytes) -> bool:
    return a == b


def bytes_decode_utf8(b: bytes) -> str:
    """Decode UTF-8; invalid sequences become U+FFFD."""
    return b.decode("utf-8", "replace")


def list_slice(xs: list[T], start: int, stop: int) -> list[T]:
    a, b = _clamp(start, stop, len(xs))
    return xs[a:b]


def list_insert(xs: list[T], i: int, x: T) -> None:
    """Insert before a normalized index 0 <= i <= len."""
    i = min(max(i, 0), len(xs))
    xs.insert(i, x)


def list_truncate(xs: list[T], n: int) -> None:
    """Keep the first n elements."""
    n = min(max(n, 0), len(xs))
    del xs[n:]


# CPython's list.sort detaches a list's storage while it sorts (its
# `allocated` field, the last of PyListObject, is -1) and any item stored
# meanwhile gives it storage again: list_detach and list_detached set and
# test that very field, so the prelude's sort follows CPython's own rule.
def _list_allocated(xs: list[T]) -> Any:
    off = type(xs).__basicsize__ - ctypes.sizeof(ctypes.c_ssize_t)
    return ctypes.c_ssize_t.from_address(id(xs) + off)


def list_detach(xs: list[T]) -> None:
    """Empty xs and detach its storage (as list.sort does)."""
    xs.clear()  # frees the storage: no item array is left to leak
    _list_allocated(xs).value = -1


def list_detached(xs: list[T]) -> bool:
    """No item was stored in xs since list_detach."""
    return bool(_list_allocated(xs).value == -1)


def isnull(x: Any) -> bool:
    return x is None


def refeq(a: Any, b: Any) -> bool:
    return a is b


def idhash(x: Any) -> int:
    """A stable identity hash."""
    return id(x) >> 4


def write_out(s: str) -> bool:
    """False, writing nothing, when s holds a surrogate."""
    for c in s:
        if 0xD800 <= ord(c) <= 0xDFFF:
            return False
    sys.stdout.write(s)
    return True


def write_out_bytes(data: bytes) -> None:
    sys.stdout.flush()
    sys.stdout.buffer.write(data)


def write_err(s: str) -> None:
    sys.stdout.flush()
    sys.stderr.buffer.write(s.encode("utf-8", "backslashreplace"))
    sys.stderr.flush()


def flush_out() -> None:
    sys.stdout.flush()


def os_open(path: str, flags: int, mode: int) -> int:
    return os.open(path, flags, mode)


def os_read(fd: int, n: int) -> bytes:
    return os.read(fd, n)


def os_write(fd: int, data: bytes) -> int:
    return os.write(fd, data)


def os_close(fd: int) -> None:
    os.close(fd)


def os_stat(path: str) -> list[int]:
    """[st_mode, st_size, st_mtime in nanoseconds]."""
    st = os.stat(path)
    return [st.st_mode, st.st_size, st.st_mtime_ns]


def time_time() -> float:
    return time.time()


def time_perf_counter() -> float:
    return time.perf_counter()


def os_getenv(name: str) -> str | None:
    return os.environ.get(name)


def os_unlink(path: str) -> None:
    """`os.remove`/`os.unlink`; a directory raises IsADirectoryError."""
    os.unlink(path)


def os_getcwd() -> str:
    return os.getcwd()


def os_listdir(path: str) -> list[str]:
    """Entry names in the order the OS gives them."""
    return os.listdir(path)


def os_isatty(fd: int) -> bool:
    return os.isatty(fd)


def os_mkdir(path: str, mode: int) -> None:
    os.mkdir(path, mode)


def os_rmdir(path: str) -> None:
    os.rmdir(path)


def os_rename(src: str, dst: str) -> None:
    """`os.rename`/`os.replace`: an OSError shows both paths."""
    os.rename(src, dst)


def os_getpid() -> int:
    return os.getpid()


def time_sleep(ns: int) -> None:
    """Sleep ns >= 0 nanoseconds (the front end's library checks and
    converts time.sleep's argument)."""
    time.sleep(ns / 1000000000)
