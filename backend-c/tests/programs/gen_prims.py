#!/usr/bin/env python3
"""Generate prims.ir and prims.out: every pure primitive and the new int
BinOps on chosen operands, one function per case, each printing its result
(or "ExceptionClass: message").  The expected output comes from CPython
3.11 through translator/prelude/_prims.py (the primitives' reference
implementation) and CPython's own operators.

Run from this directory: python3 gen_prims.py
"""

import math
import os
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "../../../translator/prelude"))
import _prims as P  # noqa: E402

BUILTINS = [
    ("BaseException", None),
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("Exception", "BaseException"),
    ("ArithmeticError", "Exception"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("TypeError", "Exception"),
    ("AttributeError", "Exception"),
    ("AssertionError", "Exception"),
    ("StopIteration", "Exception"),
    ("RuntimeError", "Exception"),
    ("RecursionError", "RuntimeError"),
    ("NotImplementedError", "RuntimeError"),
    ("MemoryError", "Exception"),
    ("OSError", "Exception"),
    ("FileNotFoundError", "OSError"),
    ("PermissionError", "OSError"),
    ("IsADirectoryError", "OSError"),
]
FIELDS = {"BaseException": ["message: str", "argrepr: str"], "SystemExit": ["code: int"], "OSError": ["errno: int"]}


def quote(s):
    out = '"'
    for ch in s:
        if ch == "\\":
            out += "\\\\"
        elif ch == '"':
            out += '\\"'
        elif ch == "\n":
            out += "\\n"
        elif ch == "\t":
            out += "\\t"
        elif ch == "\r":
            out += "\\r"
        elif " " <= ch <= "~":
            out += ch
        else:
            out += "\\u{%x}" % ord(ch)
    return out + '"'


def quote_bytes(b):
    return quote("".join(chr(c) for c in b))


class L:
    """A list operand: element type and items."""

    def __init__(self, elem, items):
        self.elem = elem
        self.items = items

    def __repr__(self):
        return "list[%s]%r" % (self.elem, self.items)


def ty_of(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, int):
        return "int"
    if isinstance(x, float):
        return "float"
    if isinstance(x, str):
        return "str"
    if isinstance(x, bytes):
        return "bytes"
    if isinstance(x, L):
        return "list[%s]" % x.elem
    raise TypeError(x)


class Fn:
    def __init__(self):
        self.n = 0
        self.lines = []

    def v(self):
        self.n += 1
        return "v%d" % (self.n - 1)

    def const(self, x):
        t = ty_of(x)
        if isinstance(x, L):
            vals = [self.const(i) for i in x.items]
            r = self.v()
            self.lines.append("  %s: %s = list.new %s [%s]" % (r, t, x.elem, ", ".join(vals)))
            return r
        if t == "str" and any(0xD800 <= ord(c) <= 0xDFFF for c in x):
            # Lone surrogates cannot be IR string constants: chr() them.
            acc = None
            for c in x:
                if 0xD800 <= ord(c) <= 0xDFFF:
                    cp = self.const(ord(c))
                    part = self.v()
                    self.lines.append("  %s: str = str.fromcp %s" % (part, cp))
                else:
                    part = self.const(c)
                if acc is None:
                    acc = part
                else:
                    r = self.v()
                    self.lines.append("  %s: str = str.concat %s, %s" % (r, acc, part))
                    acc = r
            return acc
        r = self.v()
        if t == "bool":
            lit = "const %s" % ("true" if x else "false")
        elif t == "int":
            lit = "const %d" % x
        elif t == "float":
            lit = "fconst %s" % quote(repr(x))
        elif t == "str":
            lit = "const %s" % quote(x)
        else:
            lit = "bconst %s" % quote_bytes(x)
        self.lines.append("  %s: %s = %s" % (r, t, lit))
        return r


def show_value(x):
    """The text the IR program prints for a result."""
    if isinstance(x, bool):
        return "True" if x else "False"
    if isinstance(x, int):
        return str(x)
    if isinstance(x, float):
        return "%.16e" % x
    if isinstance(x, str):
        return "'" + x + "'"
    if isinstance(x, bytes):
        return "b[" + ",".join(str(c) for c in x) + "]"
    if isinstance(x, list):
        return "[" + "|".join(show_value(i) for i in x) + "]"
    raise TypeError(x)


SHOW_FN = {
    "int": "int.str",
    "bool": "bool.str",
}


def show_ir(f, v, t):
    """IR lines turning value v of type t into a str; returns the str value."""
    if t in SHOW_FN:
        r = f.v()
        f.lines.append("  %s: str = %s %s" % (r, SHOW_FN[t], v))
        return r
    r = f.v()
    fn = {
        "float": "show_float",
        "str": "show_str",
        "bytes": "show_bytes",
        "list[int]": "show_list_int",
        "list[str]": "show_list_str",
        "list[float]": "show_list_float",
    }[t]
    f.lines.append("  %s: str = call %s(%s)" % (r, fn, v))
    return r


RESULT = {
    "int.invert": "int", "fadd": "float", "fsub": "float", "fmul": "float", "fdiv": "float",
    "ffloordiv": "float", "fmod": "float", "fpow": "float", "flt": "bool", "fle": "bool",
    "fgt": "bool", "fge": "bool", "feq": "bool", "fne": "bool", "fneg": "float",
    "int.tofloat": "float", "float.toint": "int", "float.bits": "int", "float.frombits": "float",
    "float.fmt_e": "str", "float.fmt_f": "str", "str.tofloat": "float", "str.get": "str",
    "str.codeat": "int", "str.slice": "str", "str.cmp": "int", "str.fromcp": "str",
    "str.join": "str", "str.find": "int", "str.hash": "int", "str.encode_utf8": "bytes", "bytes.fromlist": "bytes",
    "bytes.len": "int", "bytes.get": "int", "bytes.slice": "bytes", "bytes.concat": "bytes",
    "bytes.eq": "bool", "bytes.decode_utf8": "str", "list.slice": None, "list.insert": None,
    "list.truncate": None, "list.detach": None, "list.detached": "bool", "shl": "int", "shr": "int", "and": "int", "or": "int", "xor": "int",
}
for _mn in ["fsqrt", "fexp", "fexpm1", "flog", "flog2", "flog10", "flog1p", "fsin", "fcos", "ftan",
            "fasin", "facos", "fatan", "fatan2", "fsinh", "fcosh", "ftanh", "fasinh", "facosh", "fatanh",
            "fcfmod", "ffloor", "fceil"]:
    RESULT[_mn] = "float"

INT_MIN = -(1 << 63)
INT_MAX = (1 << 63) - 1


def wrap_check(r):
    if r < INT_MIN or r > INT_MAX:
        raise OverflowError("integer overflow")
    return r


def py_shl(a, b):
    if b < 0:
        raise ValueError("negative shift count")
    return wrap_check(a << b) if a != 0 else 0


def py_shr(a, b):
    if b < 0:
        raise ValueError("negative shift count")
    return a >> b


REF = {
    "shl": py_shl,
    "shr": py_shr,
    "and": lambda a, b: a & b,
    "or": lambda a, b: a | b,
    "xor": lambda a, b: a ^ b,
}


def reference(mn):
    if mn in REF:
        return REF[mn]
    return getattr(P, mn.replace(".", "_"))


inf = float("inf")
nan = float("nan")
F = [1.5, -0.0, 0.0, 7.0, -7.0, 2.5, -2.5, 1e308, inf, -inf, nan, 5e-324, 0.1]
MIN, MAX = INT_MIN, INT_MAX

CASES = []


def case(mn, *args, pre=()):
    """One primitive on constant operands; `pre`: list operations run on
    the first operand before it, each (mnemonic, constant operands...)."""
    CASES.append((mn, list(args), list(pre)))


# The list operations `pre` may use that are not primitives.
STEP_REF = {
    "list.append": lambda l, x: l.append(x),
    "list.pop": lambda l: l.pop(),
    "list.extend": lambda l, m: l.extend(m),
}


for a, b in [(7.0, 2.0), (-7.0, 2.0), (7.0, -2.0), (-7.0, -2.0), (0.0, -3.0), (-0.0, 3.0),
             (1e308, 1e-308), (inf, 2.0), (2.0, inf), (-2.0, inf), (nan, 1.0), (1.0, 0.0),
             (-1.0, -0.0), (0.0, 0.0), (5.5, 0.1), (-1e-300, 1e300), (1e-300, -1e300),
             (inf, inf), (-5.0, 3.0), (3.0, -0.5)]:
    for mn in ["fadd", "fsub", "fmul", "fdiv", "ffloordiv", "fmod", "flt", "fle", "fgt",
               "fge", "feq", "fne"]:
        case(mn, a, b)
for a, b in [(2.0, 10.0), (2.0, -1.0), (-2.0, 3.0), (-2.0, 0.5), (0.0, -1.0), (-0.0, -3.0),
             (0.0, 0.0), (nan, 0.0), (1.0, nan), (nan, 2.0), (10.0, 400.0), (10.0, -400.0),
             (-10.0, 401.0), (inf, -1.0), (-inf, 3.0), (-inf, 2.0), (-inf, -3.0), (0.5, inf),
             (2.0, -inf), (-1.0, inf), (-0.0, 3.0), (-0.0, 0.5), (1e308, 2.0), (-8.0, 1.0 / 3),
             (1.0, 1e308), (-1.0, 1e308), (2.0, 0.5)]:
    case("fpow", a, b)
for x in F:
    case("fneg", x)
    case("float.toint", x)
    case("float.bits", x)
    for p in [0, 3, 17]:
        case("float.fmt_e", x, p)
        case("float.fmt_f", x, p)
for x, p in [(0.125, 2), (0.375, 2), (2.5, 0), (3.5, 0), (1e23, 0), (0.1, 60), (1e-300, 120),
             (5e-324, 120), (1e308, 120), (123456.789, -5), (9.995, 2), (2 ** 63 * 1.0, 0)]:
    case("float.fmt_e", x, p)
    case("float.fmt_f", x, p)
for x in [9.2e18, -9.2e18, 9.3e18, -9.3e18, -9223372036854775808.0, 9223372036854775808.0,
          -0.99, 123.999]:
    case("float.toint", x)
for i in [0, 1, -1, MAX, MIN, 9007199254740993, -9007199254740993, 2 ** 62 + 2 ** 9,
          2 ** 62 + 2 ** 9 + 1, 2 ** 62 + 3 * 2 ** 9]:
    case("int.tofloat", i)
for b in [0, 1, -1, MIN, MAX, 0x7FF0000000000000, 0x3FF8000000000000]:
    case("float.frombits", b)
for s in ["0.1", "1e23", "2.2250738585072011e-308", "9007199254740993", "4.9e-324", "1e400",
          "-1e400", "+.5", "5.", "-0", "1E+2", "2.5e-3", "0.30000000000000004", "1e-400",
          "123456789012345678901234567890", "", "abc", "1e", ".", "1.5x", " 1", "inf", "nan",
          "1_0", "\u0661", "-.e1", "1.7976931348623157e308", "1.7976931348623159e308"]:
    case("str.tofloat", s)
for x in [0, 1, -1, MAX, MIN, 12345]:
    case("int.invert", x)
for a, b in [(1, 0), (1, 62), (1, 63), (-1, 63), (-1, 64), (3, 61), (3, 62), (0, 1000),
             (5, -1), (MIN, 0), (-(2 ** 62), 1), (-(2 ** 62) - 1, 1), (MAX, 1), (1, 64),
             (0, -1)]:
    case("shl", a, b)
for a, b in [(1, 0), (-1, 1), (-7, 1), (7, 1), (MIN, 63), (MIN, 64), (MAX, 64), (-5, 1000),
             (5, 1000), (5, -1), (MAX, 62)]:
    case("shr", a, b)
for a, b in [(12, 10), (-12, 10), (MIN, -1), (MAX, MIN), (0, -1)]:
    for mn in ["and", "or", "xor"]:
        case(mn, a, b)

S = ["", "abc", "caf\u00e9", "\u20acuro", "a\U0001f600b", "\U0001f600\u00e9x\u20ac", "h\u00e9llo"]
for s in S:
    for i in [0, 1, 2, -1, -2, 3, 4, -5, 100, MIN]:
        case("str.get", s, i)
        case("str.codeat", s, i)
    for a, b in [(0, 0), (0, 1), (1, 3), (0, 100), (-5, 2), (2, 1), (1, 2)]:
        case("str.slice", s, a, b)
for a, b in [("", ""), ("a", ""), ("", "a"), ("abc", "abd"), ("abc", "ab"), ("\u00e9", "e"),
             ("\U0001f600", "\uffff"), ("\uffff", "\U0001f600"), ("x\u20ac", "x\u20ac"),
             ("ab\u20ac", "ab\u00e9"), ("b", "abc")]:
    case("str.cmp", a, b)
for cp in [0, 65, 233, 255, 256, 0x20AC, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF, 0x110000, -1,
           MIN]:
    case("str.fromcp", cp)
for sep, items in [(",", []), (",", ["a"]), (", ", ["a", "b", "c"]), ("", ["x", "\u00e9", ""]),
                   ("\u20ac", ["1", "2"]), ("-", ["\U0001f600", "ab"]), ("\u00e9", ["", ""])]:
    case("str.join", sep, L("str", items))
for s, sub, st in [("hello", "l", 0), ("hello", "l", 3), ("hello", "l", 4), ("hello", "", 0),
                   ("hello", "", 5), ("hello", "", 9), ("hello", "lo", -3), ("hello", "xyz", 0),
                   ("", "", 0), ("", "a", 0), ("caf\u00e9 caf\u00e9", "\u00e9", 4),
                   ("a\U0001f600b\U0001f600", "\U0001f600", 2), ("\u20ac\u20aca", "a", 0),
                   ("abc", "\u20ac", 0), ("aaab", "aab", 0), ("abc", "abcd", 0)]:
    case("str.find", s, sub, st)
for s in ["", "abc", "caf\u00e9", "\u20ac", "\U0001f600", "a\ud800b", "\udfff", "x\udc80"]:
    case("str.encode_utf8", s)
for items in [[], [0, 1, 255], [256], [-1], [104, 105]]:
    case("bytes.fromlist", L("int", items))
B = [b"", b"a\x00\xff", b"hello"]
for b in B:
    case("bytes.len", b)
    for i in [0, 1, -1, -3, 3, 5, -6]:
        case("bytes.get", b, i)
    for a, c in [(0, 0), (0, 2), (1, 3), (-1, 9), (2, 1)]:
        case("bytes.slice", b, a, c)
    for b2 in B:
        case("bytes.concat", b, b2)
        case("bytes.eq", b, b2)
for b in [b"", b"abc", b"caf\xc3\xa9", b"\xe2\x82\xac", b"\xf0\x9f\x98\x80", b"\xff",
          b"a\x80b", b"\xe2\x82", b"\xed\xa0\x80", b"\xc0\xaf", b"\xf4\x90\x80\x80",
          b"\xf0\x9f\x98", b"\xe2\x28\xa1"]:
    case("bytes.decode_utf8", b)
for items in [[1, 2, 3, 4], []]:
    for a, b in [(0, 0), (1, 3), (0, 9), (-2, 2), (3, 1)]:
        case("list.slice", L("int", items), a, b)
case("list.slice", L("str", ["a", "\u00e9", "c"]), 1, 3)
case("list.slice", L("float", [1.5, -0.0]), 0, 2)
for items in [[1, 2, 3], []]:
    for i in [0, 1, 3, -1, 9]:
        case("list.insert", L("int", items), i, 9)
case("list.insert", L("str", ["a", "b"]), 1, "\u20ac")
case("list.insert", L("float", [0.5]), 0, 2.25)
for items in [[1, 2, 3], []]:
    for n in [0, 1, 3, 5, -1]:
        case("list.truncate", L("int", items), n)
case("list.truncate", L("str", ["a", "b", "c"]), 1)

# The math-library primitives: special values (NaN, infinities, zeros,
# out-of-domain arguments) and arguments whose results have the same bits
# in glibc, musl and the JVM (the expected values come from
# translator/prelude/_prims.py, which calls CPython's math module).
LIBM1 = [
    ("fsqrt", [4.0, 2.0, 0.25, -1.0, -0.0, inf, nan, 1e-310]),
    ("fexp", [0.0, 1.0, -1.0, 710.0, -750.0, -inf, inf, nan]),
    ("fexpm1", [0.0, -0.0, 1e-10, 1.0, -inf, 710.0]),
    ("flog", [1.0, 2.0, 10.0, 0.0, -0.0, -1.0, inf, nan, 5e-324]),
    ("flog2", [8.0, 0.125, 3.0, 10.0, 0.0, -2.0, inf, 5e-324]),
    ("flog10", [1000.0, 1e-05, 2.0, 0.0, -1.0, inf]),
    ("flog1p", [0.0, -0.0, 1e-10, 1.0, -1.0, -2.0, inf]),
    ("fsin", [0.0, -0.0, 1.0, 0.5, inf, nan]),
    ("fcos", [0.0, 1.0, 0.5, -inf]),
    ("ftan", [0.0, -0.0, 1.0, inf]),
    ("fasin", [0.0, -0.0, 1.0, -1.0, 0.5, 2.0]),
    ("facos", [1.0, -1.0, 0.0, 0.5, 1.5]),
    ("fatan", [0.0, -0.0, 1.0, 0.5, inf, -inf, nan]),
    ("fsinh", [0.0, -0.0, 1.0, 1000.0, -1000.0, inf]),
    ("fcosh", [0.0, 1.0, -1000.0, -inf, nan]),
    ("ftanh", [0.0, -0.0, 1.0, 30.0, inf, -inf]),
    ("fasinh", [0.0, -0.0, 1.0, -1.0, 1e300, -inf]),
    ("facosh", [1.0, 2.0, 0.5, inf, 1e300]),
    ("fatanh", [0.0, -0.0, 0.5, 1.0, -1.0, 2.0]),
    ("ffloor", [2.5, -2.5, -0.5, -0.0, 0.5, 1e300, inf, nan]),
    ("fceil", [2.5, -2.5, -0.5, -0.0, 0.5, -1e300, -inf, nan]),
]
LIBM2 = [
    ("fatan2", [(1.0, 1.0), (0.0, -0.0), (-0.0, -0.0), (0.0, 0.0), (inf, -inf), (1.0, 0.0), (-1.0, -1.0),
                (nan, 1.0), (1.0, -inf)]),
    ("fcfmod", [(7.0, 3.0), (-7.0, 3.0), (7.0, -3.0), (5.5, 0.1), (1.0, 0.0), (inf, 1.0), (1.0, inf),
                (nan, 1.0), (-0.0, 1.0)]),
]
for _mn, _xs in LIBM1:
    for _x in _xs:
        case(_mn, _x)
for _mn, _ps in LIBM2:
    for _a, _b in _ps:
        case(_mn, _a, _b)
# Twice each: the second call on a literal reads the runtime's cache.
HS = ["", "a", "abc", "caf\u00e9", "\u20acuro", "a\U0001f600b", "\U0010ffff" * 3, "a\ud800b",
      "the quick brown fox jumps over the lazy dog", "\u00ff" * 40, "\uffff" * 25 + "z"]
for _ in range(2):
    for s in HS:
        case("str.hash", s)

# Detached (list.sort's state) until an item is stored, whatever is removed.
case("list.detach", L("int", [1, 2, 3]))
case("list.detach", L("str", ["a"]), pre=[("list.detach",)])
for items in [[1, 2], []]:
    case("list.detached", L("int", items))
    case("list.detached", L("int", items), pre=[("list.detach",)])
    case("list.detached", L("int", items), pre=[("list.detach",), ("list.truncate", 0)])
    case("list.detached", L("int", items), pre=[("list.detach",), ("list.extend", L("int", []))])
    case("list.detached", L("int", items), pre=[("list.detach",), ("list.append", 5), ("list.pop",)])
    case("list.detached", L("int", items), pre=[("list.detach",), ("list.insert", 0, 5), ("list.truncate", 0)])
    case("list.detached", L("int", items), pre=[("list.detach",), ("list.extend", L("int", [4])), ("list.pop",)])
    case("list.detached", L("int", items), pre=[("list.detach",), ("list.append", 5), ("list.detach",)])
case("list.detached", L("str", ["a"]), pre=[("list.detach",), ("list.append", "b")])


def expected(mn, args, pre):
    fn = reference(mn)
    py_args = [list(a.items) if isinstance(a, L) else a for a in args]
    try:
        for step, *more in pre:
            run = STEP_REF[step] if step in STEP_REF else reference(step)
            run(py_args[0], *[list(a.items) if isinstance(a, L) else a for a in more])
        r = fn(*py_args)
    except BaseException as e:  # noqa: BLE001
        name = type(e).__name__
        if mn == "str.encode_utf8":
            # The runtime's message is CPython's str(e).
            return "%s: %s" % (name, e)
        msg = str(e)
        return name + (": " + msg if msg else "")
    if RESULT[mn] is None:
        r = py_args[0]
    return show_value(r)


def label(k, mn, args, pre):
    after = " after %s" % ascii(pre) if pre else ""
    return "%d %s%s%s: " % (k, mn, ascii(tuple(args)), after)


def emit_case(k, mn, args, pre):
    f = Fn()
    f.lines.append("b0():")
    lab = f.v()
    f.lines.append("  %s: str = const %s" % (lab, quote(label(k, mn, args, pre))))
    f.lines.append("  write.out %s" % lab)
    f.lines.append("  jump b1()")
    f.lines.append("b1() catch b2:")
    vals = [f.const(a) for a in args]
    for step, *more in pre:
        ops = ", ".join([vals[0]] + [f.const(a) for a in more])
        if step == "list.pop":
            f.lines.append("  %s: %s = list.pop %s" % (f.v(), args[0].elem, ops))
        else:
            f.lines.append("  %s %s" % (step, ops))
    rt = RESULT[mn]
    r = None
    if rt is None:
        f.lines.append("  %s %s" % (mn, ", ".join(vals)))
        s = show_ir(f, vals[0], ty_of(args[0]))
    else:
        r = f.v()
        f.lines.append("  %s: %s = %s %s" % (r, rt, mn, ", ".join(vals)))
        s = show_ir(f, r, rt)
    f.lines.append("  print %s" % s)
    f.lines.append("  ret")
    e = f.v()
    t = f.v()
    f.lines.append("b2(%s: BaseException):" % e)
    f.lines.append("  %s: str = call exc_text(%s)" % (t, e))
    f.lines.append("  print %s" % t)
    f.lines.append("  ret")
    return "fn case%d() {\n%s\n}\n" % (k, "\n".join(f.lines))


HELPERS = r"""
fn exc_text(BaseException) -> str {
b0(v0: BaseException):
  v1: str = getfield BaseException.message v0
  v2: int = str.len v1
  v3: int = const 0
  v4: bool = eq v2, v3
  v5: str = call exc_name(v0)
  br v4, b1(), b2()
b1():
  ret v5
b2():
  v6: str = const ": "
  v7: str = str.concat v5, v6
  v8: str = str.concat v7, v1
  ret v8
}

fn show_float(float) -> str {
b0(v0: float):
  v1: int = const 16
  v2: str = float.fmt_e v0, v1
  ret v2
}

fn show_str(str) -> str {
b0(v0: str):
  v1: str = const "'"
  v2: str = str.concat v1, v0
  v3: str = str.concat v2, v1
  ret v3
}

fn show_bytes(bytes) -> str {
b0(v0: bytes):
  v1: int = bytes.len v0
  v2: list[str] = list.new str []
  v3: int = const 0
  jump b1(v3)
b1(v4: int):
  v5: bool = lt v4, v1
  br v5, b2(), b3()
b2():
  v6: int = bytes.get v0, v4
  v7: str = int.str v6
  list.append v2, v7
  v8: int = const 1
  v9: int = add v4, v8
  jump b1(v9)
b3():
  v10: str = const ","
  v11: str = str.join v10, v2
  v12: str = const "b["
  v13: str = str.concat v12, v11
  v14: str = const "]"
  v15: str = str.concat v13, v14
  ret v15
}
"""

for elem, show in [("int", "int.str"), ("str", "call show_str"), ("float", "call show_float")]:
    conv = "%s v7" % show if show == "int.str" else "%s(v7)" % show
    HELPERS += r"""
fn show_list_%s(list[%s]) -> str {
b0(v0: list[%s]):
  v1: int = list.len v0
  v2: list[str] = list.new str []
  v3: int = const 0
  jump b1(v3)
b1(v4: int):
  v5: bool = lt v4, v1
  br v5, b2(), b3()
b2():
  v7: %s = list.get v0, v4
  v6: str = %s
  list.append v2, v6
  v8: int = const 1
  v9: int = add v4, v8
  jump b1(v9)
b3():
  v10: str = const "|"
  v11: str = str.join v10, v2
  v12: str = const "["
  v13: str = str.concat v12, v11
  v14: str = const "]"
  v15: str = str.concat v13, v14
  ret v15
}
""" % (elem, elem, elem, elem, conv)


def exc_name_fn():
    lines = ["fn exc_name(BaseException) -> str {", "b0(v0: BaseException):"]
    order = [n for n, _ in reversed(BUILTINS)]
    n = 1
    for i, name in enumerate(order):
        t, s = n, n + 1
        n += 2
        lines.append("  v%d: bool = instanceof %s v0" % (t, name))
        lines.append("  br v%d, b%d(), b%d()" % (t, 2 * i + 1, 2 * i + 2))
        lines.append("b%d():" % (2 * i + 1))
        lines.append("  v%d: str = const %s" % (s, quote(name)))
        lines.append("  ret v%d" % s)
        lines.append("b%d():" % (2 * i + 2))
    lines.append("  unreachable")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main():
    out = ["; Generated by gen_prims.py: every pure primitive and the new int\n",
           "; BinOps, expected output in prims.out (from CPython 3.11).\n"]
    for name, parent in BUILTINS:
        head = "builtin class %s%s {" % (name, " : " + parent if parent else "")
        body = "".join("  field %s\n" % f for f in FIELDS.get(name, []))
        out.append(head + "\n" + body + "}\n")
    out.append(HELPERS)
    out.append(exc_name_fn())
    expect = []
    for k, (mn, args, pre) in enumerate(CASES):
        out.append(emit_case(k, mn, args, pre))
        expect.append(label(k, mn, args, pre) + expected(mn, args, pre))
    calls = "\n".join("  call case%d()" % k for k in range(len(CASES)))
    out.append("fn main(list[str]) -> int {\nb0(v0: list[str]):\n%s\n  v1: int = const 0\n  ret v1\n}\n"
               % calls)
    with open(os.path.join(HERE, "prims.ir"), "w") as f:
        f.write("\n".join(out))
    with open(os.path.join(HERE, "prims.out"), "w", encoding="utf-8") as f:
        f.write("".join(e + "\n" for e in expect))
    print("%d cases" % len(CASES))


if __name__ == "__main__":
    main()
