#!/usr/bin/env python3
"""Generate prims.ir (every pure primitive and new BinOp on chosen inputs,
errors included) and prims.out (the expected stdout, computed by CPython
3.11 following the semantics documented on `ir::Prim`).

Run from this directory: python3 gen_prims.py
"""
import math
import os
import re
import struct
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../translator/prelude"))
import _prims as P  # noqa: E402  (the primitives' reference meaning)

EXCEPTIONS = [
    "BaseException", "SystemExit", "KeyboardInterrupt", "Exception",
    "ArithmeticError", "ZeroDivisionError", "OverflowError", "LookupError",
    "IndexError", "KeyError", "ValueError", "UnicodeError",
    "UnicodeDecodeError", "UnicodeEncodeError", "TypeError",
    "AttributeError", "AssertionError", "StopIteration", "RuntimeError",
    "RecursionError", "NotImplementedError", "MemoryError", "OSError",
    "FileNotFoundError", "PermissionError", "IsADirectoryError",
]

I64 = (-(1 << 63), (1 << 63) - 1)


def check_int(r):
    if not I64[0] <= r <= I64[1]:
        raise OverflowError("integer overflow")
    return r


def shl(a, b):
    if b < 0:
        raise ValueError("negative shift count")
    return check_int(a << b)


def shr(a, b):
    if b < 0:
        raise ValueError("negative shift count")
    return a >> b


def fpow(a, b):
    if a < 0 and math.isfinite(b) and b != math.floor(b):
        raise ValueError("math domain error")
    return a ** b


def toint(x):
    return check_int(int(x))


def bits(x):
    return struct.unpack("<q", struct.pack("<d", x))[0]


def frombits(i):
    return struct.unpack("<d", struct.pack("<q", i))[0]


LIT = re.compile(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?")


def tofloat(s):
    if not LIT.fullmatch(s):
        raise ValueError("could not convert string to float")
    return float(s)


def codeat(s, i):
    if not 0 <= i < len(s):
        raise IndexError("string index out of range")
    return ord(s[i])


def cmp(a, b):
    return (a > b) - (a < b)


def find(s, sub, start):
    return s.find(sub, max(0, min(start, len(s))))


def insert(l, i, x):
    l.insert(i, x)


def truncate(l, n):
    del l[n:]


INF = float("inf")
NAN = float("nan")
ASTRAL = "a\U0001F600b\u00e9"

# (mnemonic, [(type, value)], python implementation, result type)
CASES = [
    ("int.invert", [("int", 5)], lambda a: ~a, "int"),
    ("int.invert", [("int", I64[0])], lambda a: ~a, "int"),
    ("shl", [("int", 3), ("int", 4)], shl, "int"),
    ("shl", [("int", 1), ("int", 62)], shl, "int"),
    ("shl", [("int", 1), ("int", 63)], shl, "int"),
    ("shl", [("int", -1), ("int", 63)], shl, "int"),
    ("shl", [("int", 0), ("int", 100)], shl, "int"),
    ("shl", [("int", 5), ("int", 64)], shl, "int"),
    ("shl", [("int", 5), ("int", -1)], shl, "int"),
    ("shr", [("int", -17), ("int", 2)], shr, "int"),
    ("shr", [("int", -17), ("int", 64)], shr, "int"),
    ("shr", [("int", 17), ("int", 200)], shr, "int"),
    ("shr", [("int", 17), ("int", -3)], shr, "int"),
    ("and", [("int", 12), ("int", -6)], lambda a, b: a & b, "int"),
    ("or", [("int", 12), ("int", 3)], lambda a, b: a | b, "int"),
    ("xor", [("int", -1), ("int", 255)], lambda a, b: a ^ b, "int"),
    ("fadd", [("float", 0.1), ("float", 0.2)], lambda a, b: a + b, "float"),
    ("fsub", [("float", 1.0), ("float", INF)], lambda a, b: a - b, "float"),
    ("fmul", [("float", 1e300), ("float", 1e10)], lambda a, b: a * b, "float"),
    ("fneg", [("float", 0.0)], lambda a: -a, "float"),
    ("fdiv", [("float", 1.0), ("float", 3.0)], lambda a, b: a / b, "float"),
    ("fdiv", [("float", 1.0), ("float", -0.0)], lambda a, b: a / b, "float"),
    ("ffloordiv", [("float", 7.5), ("float", -2.0)], lambda a, b: a // b, "float"),
    ("ffloordiv", [("float", -0.0), ("float", 5.0)], lambda a, b: a // b, "float"),
    ("ffloordiv", [("float", 0.0), ("float", -5.0)], lambda a, b: a // b, "float"),
    ("ffloordiv", [("float", 1.0), ("float", 0.1)], lambda a, b: a // b, "float"),
    ("ffloordiv", [("float", 1.0), ("float", 0.0)], lambda a, b: a // b, "float"),
    ("fmod", [("float", 7.5), ("float", -2.0)], lambda a, b: a % b, "float"),
    ("fmod", [("float", -7.5), ("float", 2.0)], lambda a, b: a % b, "float"),
    ("fmod", [("float", 6.0), ("float", -3.0)], lambda a, b: a % b, "float"),
    ("fmod", [("float", -6.0), ("float", 3.0)], lambda a, b: a % b, "float"),
    ("fmod", [("float", 1.0), ("float", 0.1)], lambda a, b: a % b, "float"),
    ("fmod", [("float", 1.0), ("float", 0.0)], lambda a, b: a % b, "float"),
    ("fpow", [("float", 2.0), ("float", 0.5)], fpow, "float"),
    ("fpow", [("float", -2.0), ("float", 3.0)], fpow, "float"),
    ("fpow", [("float", -2.0), ("float", 0.5)], fpow, "float"),
    ("fpow", [("float", 0.0), ("float", -1.0)], fpow, "float"),
    ("fpow", [("float", 10.0), ("float", 400.0)], fpow, "float"),
    ("fpow", [("float", 1.0), ("float", NAN)], fpow, "float"),
    ("fpow", [("float", -1.0), ("float", INF)], fpow, "float"),
    ("fpow", [("float", NAN), ("float", 0.0)], fpow, "float"),
    ("fpow", [("float", -INF), ("float", 3.0)], fpow, "float"),
    ("fpow", [("float", -0.0), ("float", 3.0)], fpow, "float"),
    ("fpow", [("float", 10.0), ("float", -400.0)], fpow, "float"),
    ("flt", [("float", 1.0), ("float", NAN)], lambda a, b: a < b, "bool"),
    ("fle", [("float", 1.0), ("float", 1.0)], lambda a, b: a <= b, "bool"),
    ("fgt", [("float", 2.0), ("float", 1.0)], lambda a, b: a > b, "bool"),
    ("fge", [("float", NAN), ("float", NAN)], lambda a, b: a >= b, "bool"),
    ("feq", [("float", 0.0), ("float", -0.0)], lambda a, b: a == b, "bool"),
    ("fne", [("float", NAN), ("float", NAN)], lambda a, b: a != b, "bool"),
    ("int.tofloat", [("int", (1 << 53) + 1)], float, "float"),
    ("int.tofloat", [("int", I64[1])], float, "float"),
    ("float.toint", [("float", -3.99)], toint, "int"),
    ("float.toint", [("float", -9.223372036854775808e18)], toint, "int"),
    ("float.toint", [("float", 9.223372036854775808e18)], toint, "int"),
    ("float.toint", [("float", -INF)], toint, "int"),
    ("float.toint", [("float", NAN)], toint, "int"),
    ("float.bits", [("float", -1.5)], bits, "int"),
    ("float.frombits", [("int", 0x3FF8000000000000)], frombits, "float"),
    ("float.fmt_e", [("float", 1.5), ("int", 6)], lambda x, p: "%.*e" % (p, x), "str"),
    ("float.fmt_e", [("float", 0.125), ("int", 1)], lambda x, p: "%.*e" % (p, x), "str"),
    ("float.fmt_e", [("float", 0.375), ("int", 1)], lambda x, p: "%.*e" % (p, x), "str"),
    ("float.fmt_e", [("float", 9.99), ("int", 1)], lambda x, p: "%.*e" % (p, x), "str"),
    ("float.fmt_e", [("float", -0.0), ("int", 3)], lambda x, p: "%.*e" % (p, x), "str"),
    ("float.fmt_e", [("float", 5e-324), ("int", 20)], lambda x, p: "%.*e" % (p, x), "str"),
    ("float.fmt_e", [("float", 1.7976931348623157e308), ("int", 0)], lambda x, p: "%.*e" % (p, x), "str"),
    ("float.fmt_e", [("float", 1e100), ("int", 30)], lambda x, p: "%.*e" % (p, x), "str"),
    ("float.fmt_e", [("float", -INF), ("int", 3)], lambda x, p: "%.*e" % (p, x), "str"),
    ("float.fmt_e", [("float", NAN), ("int", 3)], lambda x, p: "%.*e" % (p, x), "str"),
    ("float.fmt_f", [("float", 2.5), ("int", 0)], lambda x, p: "%.*f" % (p, x), "str"),
    ("float.fmt_f", [("float", 0.125), ("int", 2)], lambda x, p: "%.*f" % (p, x), "str"),
    ("float.fmt_f", [("float", 2.675), ("int", 2)], lambda x, p: "%.*f" % (p, x), "str"),
    ("float.fmt_f", [("float", -0.001), ("int", 2)], lambda x, p: "%.*f" % (p, x), "str"),
    ("float.fmt_f", [("float", 1e22), ("int", 1)], lambda x, p: "%.*f" % (p, x), "str"),
    ("float.fmt_f", [("float", 0.1), ("int", 60)], lambda x, p: "%.*f" % (p, x), "str"),
    ("float.fmt_f", [("float", 5e-324), ("int", 120)], lambda x, p: "%.*f" % (p, x), "str"),
    ("float.fmt_f", [("float", INF), ("int", 2)], lambda x, p: "%.*f" % (p, x), "str"),
    ("str.tofloat", [("str", "0.1")], tofloat, "float"),
    ("str.tofloat", [("str", "1e23")], tofloat, "float"),
    ("str.tofloat", [("str", "2.2250738585072011e-308")], tofloat, "float"),
    ("str.tofloat", [("str", "9007199254740993")], tofloat, "float"),
    ("str.tofloat", [("str", "4.9e-324")], tofloat, "float"),
    ("str.tofloat", [("str", "2.4703282292062328e-324")], tofloat, "float"),
    ("str.tofloat", [("str", "1e400")], tofloat, "float"),
    ("str.tofloat", [("str", "-.5E+1")], tofloat, "float"),
    ("str.tofloat", [("str", "7.")], tofloat, "float"),
    ("str.tofloat", [("str", "1d")], tofloat, "float"),
    ("str.tofloat", [("str", "0x10")], tofloat, "float"),
    ("str.tofloat", [("str", " 1")], tofloat, "float"),
    ("str.get", [("str", ASTRAL), ("int", 1)], lambda s, i: s[i], "str"),
    ("str.get", [("str", ASTRAL), ("int", -1)], lambda s, i: s[i], "str"),
    ("str.get", [("str", ASTRAL), ("int", 4)], lambda s, i: s[i], "str"),
    ("str.get", [("str", "abc"), ("int", -4)], lambda s, i: s[i], "str"),
    ("str.codeat", [("str", ASTRAL), ("int", 1)], codeat, "int"),
    ("str.codeat", [("str", ASTRAL), ("int", 2)], codeat, "int"),
    ("str.codeat", [("str", "abc"), ("int", -1)], codeat, "int"),
    ("str.slice", [("str", ASTRAL), ("int", 1), ("int", 3)], lambda s, a, b: s[a:b], "str"),
    ("str.slice", [("str", "hello"), ("int", 1), ("int", 3)], lambda s, a, b: s[a:b], "str"),
    ("str.slice", [("str", "hello"), ("int", 4), ("int", 2)], lambda s, a, b: s[a:b], "str"),
    ("str.cmp", [("str", "abc"), ("str", "abd")], cmp, "int"),
    ("str.cmp", [("str", "ab"), ("str", "a")], cmp, "int"),
    ("str.cmp", [("str", "x"), ("str", "x")], cmp, "int"),
    ("str.cmp", [("str", "\U0001F600"), ("str", "\uffff")], cmp, "int"),
    ("str.fromcp", [("int", 0x1F600)], chr, "str"),
    ("str.fromcp", [("int", 65)], chr, "str"),
    ("str.fromcp", [("int", 0x110000)], chr, "str"),
    ("str.fromcp", [("int", -1)], chr, "str"),
    ("str.join", [("str", ", "), ("list_str", ["a", "\U0001F600", "c"])], lambda s, l: s.join(l), "str"),
    ("str.join", [("str", "-"), ("list_str", [])], lambda s, l: s.join(l), "str"),
    ("str.find", [("str", ASTRAL), ("str", "b"), ("int", 0)], find, "int"),
    ("str.find", [("str", "abcabc"), ("str", "c"), ("int", 3)], find, "int"),
    ("str.find", [("str", "abcabc"), ("str", "x"), ("int", 0)], find, "int"),
    ("str.find", [("str", "abc"), ("str", ""), ("int", 10)], find, "int"),
    ("str.find", [("str", "abc"), ("str", "a"), ("int", -5)], find, "int"),
    ("str.find", [("str", ASTRAL), ("str", "\U0001F600"), ("int", 0)], find, "int"),
    ("str.encode_utf8", [("str", ASTRAL)], lambda s: s.encode("utf-8"), "bytes"),
    ("bytes.fromlist", [("list_int", [0, 127, 128, 255])], bytes, "bytes"),
    ("bytes.fromlist", [("list_int", [1, 256])], bytes, "bytes"),
    ("bytes.fromlist", [("list_int", [-1])], bytes, "bytes"),
    ("bytes.len", [("bytes", b"a\x00\xff")], len, "int"),
    ("bytes.get", [("bytes", b"a\x00\xff"), ("int", -1)], lambda b, i: b[i], "int"),
    ("bytes.get", [("bytes", b"a\x00\xff"), ("int", 3)], lambda b, i: b[i], "int"),
    ("bytes.slice", [("bytes", b"abcdef"), ("int", 2), ("int", 4)], lambda b, x, y: b[x:y], "bytes"),
    ("bytes.concat", [("bytes", b"ab"), ("bytes", b"\x00")], lambda a, b: a + b, "bytes"),
    ("bytes.eq", [("bytes", b"ab"), ("bytes", b"ab")], lambda a, b: a == b, "bool"),
    ("bytes.eq", [("bytes", b"ab"), ("bytes", b"abc")], lambda a, b: a == b, "bool"),
    ("bytes.decode_utf8", [("bytes", "h\u00e9\U0001F600".encode())], lambda b: b.decode("utf-8", "replace"), "str"),
    ("bytes.decode_utf8", [("bytes", b"a\xffb")], lambda b: b.decode("utf-8", "replace"), "str"),
    ("list.slice", [("list_int", [1, 2, 3, 4]), ("int", 1), ("int", 3)], lambda l, a, b: l[a:b], "list_int"),
    ("list.slice", [("list_str", ["a", "b"]), ("int", 0), ("int", 0)], lambda l, a, b: l[a:b], "list_str"),
    ("list.insert", [("list_int", [1, 2, 3]), ("int", 0), ("int", 9)], insert, "nothing"),
    ("list.insert", [("list_int", [1, 2, 3]), ("int", 3), ("int", 9)], insert, "nothing"),
    ("list.insert", [("list_str", ["a", "b"]), ("int", 1), ("str", "x")], insert, "nothing"),
    ("list.truncate", [("list_int", [1, 2, 3]), ("int", 1)], truncate, "nothing"),
    ("list.truncate", [("list_str", ["a"]), ("int", 0)], truncate, "nothing"),
    ("isnull", [("null_str", None)], lambda x: x is None, "bool"),
    ("isnull", [("str", "x")], lambda x: x is None, "bool"),
]

# The math-library primitives: special values (NaN, infinities, zeros,
# out-of-domain arguments) and arguments whose results have the same bits
# in glibc, musl and the JVM (the expected values come from
# translator/prelude/_prims.py, which calls CPython's math module).
LIBM1 = [
    ("fsqrt", [4.0, 2.0, 0.25, -1.0, -0.0, INF, NAN, 1e-310]),
    ("fexp", [0.0, 1.0, -1.0, 710.0, -750.0, -INF, INF, NAN]),
    ("fexpm1", [0.0, -0.0, 1e-10, 1.0, -INF, 710.0]),
    ("flog", [1.0, 2.0, 10.0, 0.0, -0.0, -1.0, INF, NAN, 5e-324]),
    ("flog2", [8.0, 0.125, 3.0, 10.0, 0.0, -2.0, INF, 5e-324]),
    ("flog10", [1000.0, 1e-05, 2.0, 0.0, -1.0, INF]),
    ("flog1p", [0.0, -0.0, 1e-10, 1.0, -1.0, -2.0, INF]),
    ("fsin", [0.0, -0.0, 1.0, 0.5, INF, NAN]),
    ("fcos", [0.0, 1.0, 0.5, -INF]),
    ("ftan", [0.0, -0.0, 1.0, INF]),
    ("fasin", [0.0, -0.0, 1.0, -1.0, 0.5, 2.0]),
    ("facos", [1.0, -1.0, 0.0, 0.5, 1.5]),
    ("fatan", [0.0, -0.0, 1.0, 0.5, INF, -INF, NAN]),
    ("fsinh", [0.0, -0.0, 1.0, 1000.0, -1000.0, INF]),
    ("fcosh", [0.0, 1.0, -1000.0, -INF, NAN]),
    ("ftanh", [0.0, -0.0, 1.0, 30.0, INF, -INF]),
    ("fasinh", [0.0, -0.0, 1.0, -1.0, 1e300, -INF]),
    ("facosh", [1.0, 2.0, 0.5, INF, 1e300]),
    ("fatanh", [0.0, -0.0, 0.5, 1.0, -1.0, 2.0]),
    ("ffloor", [2.5, -2.5, -0.5, -0.0, 0.5, 1e300, INF, NAN]),
    ("fceil", [2.5, -2.5, -0.5, -0.0, 0.5, -1e300, -INF, NAN]),
]
LIBM2 = [
    ("fatan2", [(1.0, 1.0), (0.0, -0.0), (-0.0, -0.0), (0.0, 0.0), (INF, -INF), (1.0, 0.0), (-1.0, -1.0),
                (NAN, 1.0), (1.0, -INF)]),
    ("fcfmod", [(7.0, 3.0), (-7.0, 3.0), (7.0, -3.0), (5.5, 0.1), (1.0, 0.0), (INF, 1.0), (1.0, INF),
                (NAN, 1.0), (-0.0, 1.0)]),
]
for _mn, _xs in LIBM1:
    for _x in _xs:
        CASES.append((_mn, [("float", _x)], getattr(P, _mn), "float"))
for _mn, _ps in LIBM2:
    for _a, _b in _ps:
        CASES.append((_mn, [("float", _a), ("float", _b)], getattr(P, _mn), "float"))
# Twice each: the second call on a literal reads the runtime's cache.
for _ in range(2):
    for _s in ["", "a", "abc", "caf\u00e9", "\u20acuro", ASTRAL, "\U0010ffff" * 3,
               "the quick brown fox jumps over the lazy dog", "\u00ff" * 40, "\uffff" * 25 + "z"]:
        CASES.append(("str.hash", [("str", _s)], P.str_hash, "int"))
# list.sort's detached state: it lasts until an item is stored, whatever is
# removed again. A fifth element: steps run on the list first, each
# (operation, typed operands, CPython meaning).
DETACH = ("list.detach", [], P.list_detach)
APPEND5 = ("list.append", [("int", 5)], lambda l, x: l.append(x))
POP = ("list.pop", [], lambda l: l.pop())
CASES += [
    ("list.detach", [("list_int", [1, 2, 3])], P.list_detach, "nothing"),
    ("list.detached", [("list_int", [1, 2])], P.list_detached, "bool"),
    ("list.detached", [("list_int", [1, 2])], P.list_detached, "bool", [DETACH]),
    ("list.detached", [("list_int", [1, 2])], P.list_detached, "bool", [DETACH, ("list.truncate", [("int", 0)], truncate)]),
    ("list.detached", [("list_int", [])], P.list_detached, "bool",
     [DETACH, ("list.extend", [("list_int", [])], lambda l, m: l.extend(m))]),
    ("list.detached", [("list_int", [1])], P.list_detached, "bool", [DETACH, APPEND5, POP]),
    ("list.detached", [("list_int", [])], P.list_detached, "bool", [DETACH, APPEND5, POP]),
    ("list.detached", [("list_str", ["a"])], P.list_detached, "bool",
     [DETACH, ("list.insert", [("int", 0), ("str", "b")], insert), ("list.truncate", [("int", 0)], truncate)]),
    ("list.detached", [("list_int", [1])], P.list_detached, "bool",
     [DETACH, ("list.extend", [("list_int", [4])], lambda l, m: l.extend(m)), POP]),
    ("list.detached", [("list_int", [1])], P.list_detached, "bool", [DETACH, APPEND5, DETACH]),
]


def ir_str(s):
    out = []
    for ch in s:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif 0x20 <= ord(ch) < 0x7F:
            out.append(ch)
        else:
            out.append("\\u{%x}" % ord(ch))
    return '"' + "".join(out) + '"'


def ir_bytes(b):
    out = []
    for x in b:
        if 0x20 <= x < 0x7F and x not in (0x22, 0x5C):
            out.append(chr(x))
        else:
            out.append("\\x%02x" % x)
    return '"' + "".join(out) + '"'


def show(ty, v):
    if ty == "int":
        return str(v)
    if ty == "bool":
        return str(v)
    if ty == "float":
        return "%.16e" % v
    if ty == "str":
        return "[" + v + "]"
    if ty == "bytes":
        return "b[" + ",".join(str(x) for x in v) + "]"
    if ty == "list_int":
        return "[" + ",".join(str(x) for x in v) + "]"
    if ty == "list_str":
        return "[" + ",".join(v) + "]"
    raise AssertionError(ty)


IR_TYPE = {
    "int": "int", "float": "float", "str": "str", "bytes": "bytes",
    "list_int": "list[int]", "list_str": "list[str]", "null_str": "str",
    "bool": "bool",
}


class Gen:
    def __init__(self):
        self.lines = []
        self.v = 0

    def new(self):
        self.v += 1
        return "v%d" % self.v

    def emit(self, s):
        self.lines.append("  " + s)

    def const(self, ty, val):
        r = self.new()
        t = IR_TYPE[ty]
        if ty == "int":
            self.emit("%s: int = const %d" % (r, val))
        elif ty == "float":
            self.emit('%s: float = fconst "%r"' % (r, val))
        elif ty == "str":
            self.emit("%s: str = const %s" % (r, ir_str(val)))
        elif ty == "bytes":
            self.emit("%s: bytes = bconst %s" % (r, ir_bytes(val)))
        elif ty == "null_str":
            self.emit("%s: str = null str" % r)
        elif ty in ("list_int", "list_str"):
            elem = "int" if ty == "list_int" else "str"
            items = [self.const(elem, x) for x in val]
            self.emit("%s: %s = list.new %s [%s]" % (r, t, elem, ", ".join(items)))
        return r

    def display(self, ty, v):
        if ty == "int":
            s = self.new()
            self.emit("%s: str = int.str %s" % (s, v))
            self.emit("print %s" % s)
        elif ty == "bool":
            s = self.new()
            self.emit("%s: str = bool.str %s" % (s, v))
            self.emit("print %s" % s)
        elif ty == "float":
            p = self.const("int", 16)
            s = self.new()
            self.emit("%s: str = float.fmt_e %s, %s" % (s, v, p))
            self.emit("print %s" % s)
        elif ty == "str":
            a = self.const("str", "[")
            b = self.const("str", "]")
            s1 = self.new()
            self.emit("%s: str = str.concat %s, %s" % (s1, a, v))
            s2 = self.new()
            self.emit("%s: str = str.concat %s, %s" % (s2, s1, b))
            self.emit("print %s" % s2)
        elif ty == "bytes":
            self.emit("call show_bytes(%s)" % v)
        elif ty == "list_int":
            self.emit("call show_ints(%s)" % v)
        elif ty == "list_str":
            self.emit("call show_strs(%s)" % v)


def main():
    g = Gen()
    expected = []
    blocks = []  # (label, catch) are emitted inline
    nb = 0
    g.lines.append("fn main(list[str]) -> int {")
    g.lines.append("b0(v0: list[str]):")
    g.lines.append("  jump b1()")
    for (mn, args, py, rty, *pre) in CASES:
        steps = pre[0] if pre else []
        body = nb * 2 + 1
        handler = body + 1
        nxt = body + 2
        nb += 1
        g.lines.append("b%d() catch b%d:" % (body, handler))
        vals = [g.const(t, v) for (t, v) in args]
        for (op, more, _) in steps:
            ops = ", ".join([vals[0]] + [g.const(t, v) for (t, v) in more])
            if op == "list.pop":
                g.emit("%s: int = list.pop %s" % (g.new(), ops))
            else:
                g.emit("%s %s" % (op, ops))
        if rty == "nothing":
            g.emit("%s %s" % (mn, ", ".join(vals)))
            ltype = args[0][0]
            g.display(ltype, vals[0])
        else:
            r = g.new()
            g.emit("%s: %s = %s %s" % (r, IR_TYPE[rty], mn, ", ".join(vals)))
            g.display(rty, r)
        g.lines.append("  jump b%d()" % nxt)
        e = g.new()
        g.lines.append("b%d(%s: BaseException):" % (handler, e))
        g.emit("call report(%s)" % e)
        g.lines.append("  jump b%d()" % nxt)
        # Expected output.
        pyargs = [list(v) if isinstance(v, list) else v for (_, v) in args]
        try:
            for (_, more, step) in steps:
                step(pyargs[0], *[list(v) if isinstance(v, list) else v for (_, v) in more])
            res = py(*pyargs)
            if rty == "nothing":
                expected.append(show(args[0][0], pyargs[0]))
            else:
                expected.append(show(rty, res))
        except Exception as ex:  # noqa: BLE001 - the expected error
            msg = str(ex)
            expected.append(type(ex).__name__ + (": " + msg if msg else ""))
    g.lines.append("b%d():" % (nb * 2 + 1))
    z = g.new()
    g.emit("%s: int = const 0" % z)
    g.emit("ret %s" % z)
    g.lines.append("}")
    main_ir = "\n".join(g.lines) + "\n"

    # report(e): "Name: message" for the most derived builtin class.
    rep = ["fn report(BaseException) {", "b0(v0: BaseException):",
           "  v1: str = getfield BaseException.message v0",
           "  v2: str = const \": \"",
           "  v3: str = str.concat v2, v1",
           "  v4: int = str.len v1",
           "  v5: int = const 0",
           "  v6: bool = eq v4, v5",
           "  br v6, b1(), b2(v3)",
           "b1():",
           "  v7: str = const \"\"",
           "  jump b2(v7)"]
    v = 8
    ordered = list(reversed(EXCEPTIONS))
    rep.append("b2(v%d: str):" % v)
    tail = v
    v += 1
    blk = 3
    for i, name in enumerate(ordered):
        t = v
        v += 1
        rep.append("  v%d: bool = instanceof %s v0" % (t, name))
        rep.append("  br v%d, b%d(), b%d()" % (t, blk, blk + 1))
        rep.append("b%d():" % blk)
        rep.append("  v%d: str = const \"%s\"" % (v, name))
        rep.append("  v%d: str = str.concat v%d, v%d" % (v + 1, v, tail))
        rep.append("  print v%d" % (v + 1))
        rep.append("  ret")
        v += 2
        rep.append("b%d():" % (blk + 1))
        blk += 2
    rep.append("  unreachable")
    rep.append("}")
    report_ir = "\n".join(rep) + "\n"

    header = "; Generated by gen_prims.py (do not edit): every pure primitive and\n" \
             "; the new int BinOps on chosen inputs, with the errors they raise.\n\n"
    with open("prims_show.ir") as f:
        helpers = f.read()
    with open("prims.ir", "w") as f:
        f.write(header + helpers + "\n" + report_ir + "\n" + main_ir)
    with open("prims.out", "w") as f:
        f.write("\n".join(expected) + "\n")


main()
