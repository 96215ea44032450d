#!/usr/bin/env python3
"""Generates tests/ir/prims.ir and tests/ir/prims.out: one IR function per
case (a primitive exercised in a protected block; the result or the
exception's class and message printed), the expected output computed by
CPython 3.11. Run from backend-cli/: python3 tests/gen/prims.py"""
import math, os, struct, sys, tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../translator/prelude"))
import _prims as PRIMS  # noqa: E402  (the primitives' reference meaning)

EXC = ["BaseException", "SystemExit", "KeyboardInterrupt", "Exception", "ArithmeticError",
       "ZeroDivisionError", "OverflowError", "LookupError", "IndexError", "KeyError", "ValueError",
       "UnicodeError", "UnicodeDecodeError", "UnicodeEncodeError", "TypeError", "AttributeError",
       "AssertionError", "StopIteration", "RuntimeError", "RecursionError", "NotImplementedError",
       "MemoryError", "OSError", "FileNotFoundError", "PermissionError", "IsADirectoryError"]
PARENT = {"BaseException": None, "SystemExit": "BaseException", "KeyboardInterrupt": "BaseException",
          "Exception": "BaseException", "ArithmeticError": "Exception", "ZeroDivisionError": "ArithmeticError",
          "OverflowError": "ArithmeticError", "LookupError": "Exception", "IndexError": "LookupError",
          "KeyError": "LookupError", "ValueError": "Exception", "UnicodeError": "ValueError",
          "UnicodeDecodeError": "UnicodeError", "UnicodeEncodeError": "UnicodeError", "TypeError": "Exception",
          "AttributeError": "Exception", "AssertionError": "Exception", "StopIteration": "Exception",
          "RuntimeError": "Exception", "RecursionError": "RuntimeError", "NotImplementedError": "RuntimeError",
          "MemoryError": "Exception", "OSError": "Exception", "FileNotFoundError": "OSError",
          "PermissionError": "OSError", "IsADirectoryError": "OSError"}

def header():
    out = []
    for c in EXC:
        p = PARENT[c]
        out.append("builtin class %s%s {" % (c, " : " + p if p else ""))
        if c == "BaseException": out.extend(["  field message: str", "  field argrepr: str"])
        if c == "SystemExit": out.append("  field code: int")
        if c == "OSError": out.append("  field errno: int")
        out.append("}")
    # report(e): most derived class first
    out.append("fn report(BaseException) {")
    out.append("b0(v0: BaseException):")
    n = 1
    blk = 0
    for i, c in enumerate(reversed(EXC)):
        out.append("  v%d: bool = instanceof %s v0" % (n, c))
        out.append("  br v%d, b%d(), b%d()" % (n, blk + 1, blk + 2))
        out.append("b%d():" % (blk + 1))
        out.append('  v%d: str = const "%s"' % (n + 1, c))
        out.append("  jump b999(v%d)" % (n + 1))
        out.append("b%d():" % (blk + 2))
        n += 2
        blk += 2
    out.append("  unreachable")
    return out, n, blk

def q(s):
    r = []
    for ch in s:
        if ch in '"\\': r.append("\\" + ch)
        elif ch == "\n": r.append("\\n")
        else: r.append(ch)
    return '"' + "".join(r) + '"'

def fe(x): return "%.17e" % x
CASES = []
def case(body, py):
    CASES.append((body.strip("\n"), py))

def err(e):
    # The nearest builtin class (FileExistsError, NotADirectoryError -> OSError).
    name = next(c.__name__ for c in type(e).__mro__ if c.__name__ in EXC)
    return "%s: %s" % (name, e) if str(e) else name
def run(f):
    try: return f()
    except Exception as e: return err(e)

F = lambda s: 'fconst "%s"' % s
def fbin(op, a, b, py):
    case("v1: float = %s\nv2: float = %s\nv3: float = %s v1, v2\nv4: str = call fs(v3)" % (F(a), F(b), op),
         lambda: run(lambda: fe(py(float(a), float(b)))))

def py_floordiv(a, b): return a // b
def py_mod(a, b): return a % b
for a, b in [("7.5", "2"), ("-7.5", "2"), ("7.5", "-2"), ("-7.5", "-2"), ("1e300", "1e-300"), ("0.0", "-3"),
             ("-0.0", "3"), ("5", "inf"), ("-5", "inf"), ("inf", "3"), ("nan", "2"), ("1", "0"), ("1", "-0.0"),
             ("3.0", "0.1"), ("-1e-320", "1e300")]:
    fbin("ffloordiv", a, b, py_floordiv)
    fbin("fmod", a, b, py_mod)
for a, b in [("1", "3"), ("1", "0"), ("-1", "0.0"), ("0", "0"), ("1e308", "1e-10"), ("inf", "inf")]:
    fbin("fdiv", a, b, lambda x, y: x / y)
fbin("fadd", "0.1", "0.2", lambda x, y: x + y)
fbin("fsub", "1e16", "1", lambda x, y: x - y)
fbin("fmul", "1e308", "10", lambda x, y: x * y)
for a, b in [("2", "10"), ("2", "0.5"), ("-2", "3"), ("-2", "0.5"), ("0", "-1"), ("0", "0"), ("-0.0", "3"),
             ("-0.0", "-3"), ("10", "400"), ("10", "-400"), ("1", "nan"), ("nan", "0"), ("-1", "inf"),
             ("0.5", "inf"), ("2", "-inf"), ("-inf", "3"), ("-inf", "-3"), ("inf", "-2"), ("-8", "0.3333333333333333"),
             ("1.0000001", "1e10"), ("-2", "1025")]:
    def pw(x, y):
        if x < 0 and math.isfinite(y) and y != math.floor(y): raise ValueError("math domain error")
        return x ** y
    fbin("fpow", a, b, pw)
for op, f in [("flt", lambda x, y: x < y), ("fle", lambda x, y: x <= y), ("fgt", lambda x, y: x > y),
              ("fge", lambda x, y: x >= y), ("feq", lambda x, y: x == y), ("fne", lambda x, y: x != y)]:
    for a, b in [("1", "2"), ("2", "2"), ("nan", "1"), ("-0.0", "0.0")]:
        case("v1: float = %s\nv2: float = %s\nv3: bool = %s v1, v2\nv4: str = bool.str v3" % (F(a), F(b), op),
             lambda a=a, b=b, f=f: str(f(float(a), float(b))))
case('v1: float = fconst "-0.0"\nv2: float = fneg v1\nv3: str = call fs(v2)', lambda: fe(0.0))
for i in [0, -5, 9007199254740993, -9223372036854775808, 2**63 - 1]:
    case("v1: int = const %d\nv2: float = int.tofloat v1\nv3: str = call fs(v2)" % i, lambda i=i: fe(float(i)))
for s, exp in [("2.9", None), ("-2.9", None), ("1e18", None), ("inf", None), ("-inf", None), ("nan", None),
               ("9.3e18", "OverflowError: integer overflow"), ("-9223372036854775808", None),
               ("-9.3e18", "OverflowError: integer overflow")]:
    case("v1: float = %s\nv2: int = float.toint v1\nv3: str = int.str v2" % F(s),
         lambda s=s, exp=exp: exp if exp else run(lambda: str(int(float(s)))))
for s in ["1.5", "-0.0", "nan", "-inf", "5e-324"]:
    case("v1: float = %s\nv2: int = float.bits v1\nv3: float = float.frombits v2\nv4: str = int.str v2\n"
         "v5: str = call fs(v3)\nv6: str = str.concat v4, v5" % F(s),
         lambda s=s: str(struct.unpack("<q", struct.pack("<d", float(s)))[0]) + fe(float(s)))
for s in ["0.5", "1.5", "2.5", "0.125", "1e22", "5e-324", "-0.0", "123.456", "1e300", "0.1", "2.675", "inf", "-inf", "nan", "9.5", "-1.25", "1.7976931348623157e308"]:
    for p in [0, 1, 2, 3, 17, 30]:
        case("v1: float = %s\nv2: int = const %d\nv3: str = float.fmt_e v1, v2\nv4: str = float.fmt_f v1, v2\n"
             'v5: str = const " "\nv6: str = str.concat v3, v5\nv7: str = str.concat v6, v4' % (F(s), p),
             lambda s=s, p=p: ("%." + str(p) + "e") % float(s) + " " + ("%." + str(p) + "f") % float(s))
case('v1: float = fconst "0.1"\nv2: int = const 120\nv3: str = float.fmt_e v1, v2\nv4: str = float.fmt_f v1, v2\nv5: str = str.concat v3, v4',
     lambda: "%.120e" % 0.1 + "%.120f" % 0.1)
for s in ["0.1", "1e23", "2.2250738585072011e-308", "9007199254740993", "4.9e-324", "1e400", "-1e400", "2.4703282292062327e-324",
          "2.4703282292062328e-324", "1.7976931348623158e308", "1.7976931348623159e308", "-0", ".5", "5.", "+1.5E+3",
          "123456789012345678901234567890e-40", "0.000000000000000000000000000001e-300", "1e-400",
          "", "abc", "1e", "1.5x", "--1", ".", "e5", " 1"]:
    case("v1: str = const %s\nv2: float = str.tofloat v1\nv3: str = call fs(v2)" % q(s),
         lambda s=s: "ValueError: could not convert string to float" if (s.strip() != s or s in ("", "abc", "1e", "1.5x", "--1", ".", "e5")) else fe(float(s)))
# ints
for a, b in [(1, 3), (3, 62), (-1, 63), (1, 63), (5, 64), (0, 100), (-3, -1), (2**62, 1), (-(2**62), 1), (-(2**62) - 1, 1), (7, 0)]:
    def shl(a=a, b=b):
        if b < 0: raise ValueError("negative shift count")
        r = a << b
        if not -2**63 <= r < 2**63: raise OverflowError("integer overflow")
        return str(r)
    case("v1: int = const %d\nv2: int = const %d\nv3: int = shl v1, v2\nv4: str = int.str v3" % (a, b), lambda f=shl: run(f))
for a, b in [(-17, 2), (17, 2), (-1, 64), (5, 100), (-5, 100), (7, -1), (-2**63, 63)]:
    def shr(a=a, b=b):
        if b < 0: raise ValueError("negative shift count")
        return str(a >> b)
    case("v1: int = const %d\nv2: int = const %d\nv3: int = shr v1, v2\nv4: str = int.str v3" % (a, b), lambda f=shr: run(f))
for op, f in [("and", lambda x, y: x & y), ("or", lambda x, y: x | y), ("xor", lambda x, y: x ^ y)]:
    for a, b in [(12, 10), (-12, 10), (-1, -2**63)]:
        case("v1: int = const %d\nv2: int = const %d\nv3: int = %s v1, v2\nv4: str = int.str v3" % (a, b, op),
             lambda a=a, b=b, f=f: str(f(a, b)))
for a in [0, 5, -2**63]:
    case("v1: int = const %d\nv2: int = int.invert v1\nv3: str = int.str v2" % a, lambda a=a: str(~a))
# strings: astral characters count one
S = "a\u00e9\U0001F600b\U00010000z"
for i in [0, 2, 3, -1, -4, 6, -7]:
    case("v1: str = const %s\nv2: int = const %d\nv3: str = str.get v1, v2" % (q(S), i),
         lambda i=i: run(lambda: S[i]) if not (-len(S) <= i < len(S)) else S[i])
for i in [0, 2, 4, 5, 6, -1]:
    def ca(i=i):
        if not 0 <= i < len(S): raise IndexError("string index out of range")
        return str(ord(S[i]))
    case("v1: str = const %s\nv2: int = const %d\nv3: int = str.codeat v1, v2\nv4: str = int.str v3" % (q(S), i), lambda f=ca: run(f))
case("v1: str = const %s\nv2: int = str.len v1\nv3: str = int.str v2" % q(S), lambda: str(len(S)))
for a, b in [(0, 6), (2, 4), (3, 3), (1, 3), (4, 6)]:
    case("v1: str = const %s\nv2: int = const %d\nv3: int = const %d\nv4: str = str.slice v1, v2, v3\nv5: int = str.len v4\nv6: str = int.str v5\nv7: str = str.concat v4, v6" % (q(S), a, b),
         lambda a=a, b=b: S[a:b] + str(len(S[a:b])))
for a, b in [("abc", "abd"), ("abc", "ab"), ("", ""), ("\U0001F600", "\uffff"), ("\uffff", "\U0001F600"), ("b", "a\U0001F600"), ("x\U00010000", "x\U00010000")]:
    case("v1: str = const %s\nv2: str = const %s\nv3: int = str.cmp v1, v2\nv4: str = int.str v3" % (q(a), q(b)),
         lambda a=a, b=b: str((a > b) - (a < b)))
for cp in [65, 0xe9, 0x1F600, 0x10FFFF, 0x110000, -1]:
    case("v1: int = const %d\nv2: str = str.fromcp v1\nv3: int = str.len v2\nv4: str = int.str v3\nv5: str = str.concat v2, v4" % cp,
         lambda cp=cp: run(lambda: chr(cp) + str(len(chr(cp)))))
case('v1: int = const 55357\nv2: str = str.fromcp v1\nv3: int = const 56832\nv4: str = str.fromcp v3\nv5: str = str.concat v2, v4\nv6: int = str.len v5\nv7: str = int.str v6\nv8: int = const 1\nv9: int = str.codeat v5, v8\nv10: str = int.str v9\nv11: str = str.concat v7, v10',
     lambda: str(len("\ud83d\ude00")) + str(ord("\ud83d\ude00"[1])))
case('v1: int = const 55357\nv2: str = str.fromcp v1\nv3: bytes = str.encode_utf8 v2\nv4: str = const "x"', lambda: run(lambda: "\ud83d".encode("utf-8")))
case('v1: str = const %s\nv2: int = const 56832\nv3: str = str.fromcp v2\nv4: str = str.concat v1, v3\nv5: bytes = str.encode_utf8 v4\nv6: str = const "x"' % q("a\U0001F600"),
     lambda: run(lambda: ("a\U0001F600" + "\ude00").encode("utf-8")))
case('v1: str = const "-"\nv2: str = const %s\nv3: str = const "b"\nv4: str = const ""\nv5: list[str] = list.new str [v2, v3, v4, v2]\nv6: str = str.join v1, v5\nv7: int = str.len v6\nv8: str = int.str v7\nv9: str = str.concat v6, v8' % q("\U0001F600"),
     lambda: "-".join(["\U0001F600", "b", "", "\U0001F600"]) + str(len("-".join(["\U0001F600", "b", "", "\U0001F600"]))))
case('v1: str = const "x"\nv2: list[str] = list.new str []\nv3: str = str.join v1, v2\nv4: str = const "|"\nv5: str = str.concat v3, v4', lambda: "|")
T = "ab\U0001F600cab\U0001F600c"
for sub, st in [("c", 0), ("c", 4), ("\U0001F600c", 3), ("", 8), ("", 99), ("c", -5), ("zz", 0), ("ab", 1)]:
    case("v1: str = const %s\nv2: str = const %s\nv3: int = const %d\nv4: int = str.find v1, v2, v3\nv5: str = int.str v4" % (q(T), q(sub), st),
         lambda sub=sub, st=st: str(T.find(sub, max(0, min(st, len(T))))))
case('v1: str = const "abc"\nv2: str = const "c"\nv3: int = const 0\nv4: int = str.find v1, v2, v3\nv5: str = int.str v4', lambda: "2")
case('v1: int = const 55357\nv2: str = str.fromcp v1\nv3: str = const %s\nv4: int = const 0\nv7: str = str.concat v3, v2\nv5: int = str.find v7, v2, v4\nv6: str = int.str v5' % q("a\U0001F600"),
     lambda: str(("a\U0001F600" + "\ud83d").find("\ud83d")))
# bytes
B = b"a\x00\xff\"\\"
def bq(b):
    return '"' + "".join(chr(c) if 32 <= c < 127 and chr(c) not in '"\\' else "\\x%02x" % c for c in b) + '"'
case("v1: bytes = bconst %s\nv2: int = bytes.len v1\nv3: str = int.str v2" % bq(B), lambda: str(len(B)))
for i in [0, 2, -1, 5, -6]:
    case("v1: bytes = bconst %s\nv2: int = const %d\nv3: int = bytes.get v1, v2\nv4: str = int.str v3" % (bq(B), i),
         lambda i=i: run(lambda: str(B[i])))
case("v1: bytes = bconst %s\nv2: int = const 1\nv3: int = const 3\nv4: bytes = bytes.slice v1, v2, v3\nv5: bytes = bconst \"\\xff\"\nv6: bytes = bytes.concat v4, v5\n"
     "v7: bytes = bconst \"\\x00\\xff\\xff\"\nv8: bool = bytes.eq v6, v7\nv9: bool = bytes.eq v6, v1\nv10: str = bool.str v8\nv11: str = bool.str v9\nv12: str = str.concat v10, v11" % bq(B),
     lambda: "TrueFalse")
for l in [[104, 105, 0, 255], [256], [-1], []]:
    items = "".join("v%d: int = const %d\n" % (i + 1, x) for i, x in enumerate(l))
    n = len(l)
    case(items + "v%d: list[int] = list.new int [%s]\nv%d: bytes = bytes.fromlist v%d\nv%d: int = bytes.len v%d\nv%d: str = int.str v%d"
         % (n + 1, ", ".join("v%d" % (i + 1) for i in range(n)), n + 2, n + 1, n + 3, n + 2, n + 4, n + 3),
         lambda l=l: run(lambda: str(len(bytes(l)))))
U = "h\u00e9\u4e2d\U0001F600!"
case("v1: str = const %s\nv2: bytes = str.encode_utf8 v1\nv3: int = bytes.len v2\nv4: str = bytes.decode_utf8 v2\nv5: int = str.len v4\nv6: str = int.str v3\nv7: str = int.str v5\nv8: str = str.concat v6, v7\nv9: str = str.concat v8, v4" % q(U),
     lambda: str(len(U.encode())) + str(len(U)) + U)
case('v1: bytes = bconst "a\\xff\\xe4\\xb8b\\xf0\\x9f\\x98\\x80"\nv2: str = bytes.decode_utf8 v1\nv3: int = str.len v2\nv4: str = int.str v3\nv5: str = str.concat v2, v4',
     lambda: b"a\xff\xe4\xb8b\xf0\x9f\x98\x80".decode("utf-8", "replace") + str(len(b"a\xff\xe4\xb8b\xf0\x9f\x98\x80".decode("utf-8", "replace"))))
# lists
def lst(elem, vals, conv):
    return vals, conv
case('v1: int = const 1\nv2: int = const 2\nv3: int = const 3\nv4: list[int] = list.new int [v1, v2, v3, v1]\nv5: list[int] = list.slice v4, v2, v3\n'
     'v6: int = const 99\nlist.insert v5, v1, v6\nv7: int = const 0\nlist.insert v5, v7, v6\nv8: int = list.len v5\nv9: int = list.get v5, v7\nv10: int = list.get v5, v2\n'
     'list.truncate v4, v1\nv11: int = list.len v4\nv12: str = int.str v8\nv13: str = int.str v9\nv14: str = int.str v10\nv15: str = int.str v11\nv16: str = str.concat v12, v13\nv17: str = str.concat v16, v14\nv18: str = str.concat v17, v15',
     lambda: "3" + "99" + "99" + "1")
case('v1: float = fconst "1.5"\nv2: float = fconst "-2.5"\nv3: list[float] = list.new float [v1, v2]\nv4: int = const 1\nv5: int = const 0\nv6: float = list.get v3, v4\nlist.insert v3, v5, v6\n'
     'v7: list[float] = list.slice v3, v5, v4\nv8: float = list.pop v7\nv9: float = fadd v8, v1\nv10: str = call fs(v9)\nv11: int = list.len v3\nv12: str = int.str v11\nv13: str = str.concat v10, v12',
     lambda: fe(-1.0) + "3")
case('v1: bytes = bconst "ab"\nv2: list[bytes] = list.new bytes [v1]\nv3: int = const 0\nv4: bytes = list.get v2, v3\nv5: str = bytes.decode_utf8 v4\nv6: str = const "x"\nv7: list[str] = list.new str [v6]\nlist.insert v7, v3, v5\nlist.truncate v7, v3\nv8: int = list.len v7\nv9: str = int.str v8\nv10: str = str.concat v5, v9',
     lambda: "ab0")
# null, refeq, idhash
case('v1: str = null str\nv2: bool = isnull v1\nv3: str = const "a"\nv4: bool = isnull v3\nv5: bool = refeq v3, v3\nv6: list[int] = list.new int []\nv7: list[int] = list.new int []\nv8: bool = refeq v6, v7\n'
     'v9: int = idhash v6\nv10: int = idhash v6\nv11: bool = eq v9, v10\nv12: Node = null Node\nv13: bool = isnull v12\nv14: str = bool.str v2\nv15: str = bool.str v4\nv16: str = bool.str v5\nv17: str = bool.str v8\nv18: str = bool.str v11\nv19: str = bool.str v13\n'
     'v20: str = str.concat v14, v15\nv21: str = str.concat v20, v16\nv22: str = str.concat v21, v17\nv23: str = str.concat v22, v18\nv24: str = str.concat v23, v19',
     lambda: "TrueFalseTrueFalseTrueTrue")
# getenv
case('v1: str = const "PYPY_CLI_TEST_ENV"\nv2: str = os.getenv v1\nv3: bool = isnull v2\nv4: str = bool.str v3\nv5: str = const "PYPY_CLI_UNSET_ENV"\nv6: str = os.getenv v5\nv7: bool = isnull v6\nv8: str = bool.str v7\nv9: str = str.concat v2, v4\nv10: str = str.concat v9, v8',
     lambda: "v\u00e9\U0001F600FalseTrue")
# os errors
case('v1: str = const "/nonexistent/x"\nv2: list[int] = os.stat v1\nv3: str = const "x"', lambda: run(lambda: os.stat("/nonexistent/x")))
case('v1: str = const "/nonexistent/x"\nv2: int = const 0\nv3: int = os.open v1, v2, v2\nv4: str = const "x"', lambda: run(lambda: os.open("/nonexistent/x", 0)))
case('v1: str = const "/"\nv2: int = const 1\nv3: int = const 0\nv4: int = os.open v1, v2, v3\nv5: str = const "x"', lambda: run(lambda: os.open("/", 1)))
case('v1: int = const 99\nv2: int = const 1\nv3: bytes = os.read v1, v2\nv4: str = const "x"', lambda: run(lambda: os.read(99, 1)))
case('v1: int = const 99\nos.close v1\nv2: str = const "x"', lambda: run(lambda: os.close(99)))
case('v1: int = const 99\nv2: bytes = bconst "a"\nv3: int = os.write v1, v2\nv4: str = const "x"', lambda: run(lambda: os.write(99, b"a")))
case('v1: str = const "/"\nv2: list[int] = os.stat v1\nv3: int = const 0\nv4: int = list.get v2, v3\nv5: int = const 61440\nv6: int = and v4, v5\nv7: str = int.str v6', lambda: str(os.stat("/").st_mode & 0o170000))
# errno field and isinstance of OSError
case('v1: str = const "/nonexistent/x"\nv2: int = const 0\nv3: int = os.open v1, v2, v2\nv4: str = const "x"', lambda: run(lambda: os.open("/nonexistent/x", 0)))
# stdout/stderr interleaving, files, clocks
case('v1: str = const "A"\nwrite.out v1\nv2: bytes = bconst "B\\n"\nv3: int = const 1\nv4: int = os.write v3, v2\nv5: str = int.str v4', lambda: "AB\n2")
case('v1: str = const "C"\nwrite.out v1\nv2: str = const "E\\n"\nwrite.err v2\nflush.out\nv3: str = const "D"', lambda: "CD")
# stdout refuses a lone surrogate (false, nothing written); bytes go to
# the same buffer; stderr writes it as \udXXX.
case('v1: int = const 55296\nv2: str = str.fromcp v1\nv3: bool = write.out v2\nv4: bool = print v2\nv5: bytes = bconst "ok:"\nwrite.out_bytes v5\n'
     'v6: str = const "S"\nv7: str = str.concat v6, v2\nv8: str = const "\\n"\nv9: str = str.concat v7, v8\nwrite.err v9\n'
     'v10: str = bool.str v3\nv11: str = bool.str v4\nv12: str = str.concat v10, v11', lambda: "ok:FalseFalse")
P = "/tmp/pypy-cli-prims-test.txt"
case(('v1: str = const "%s"\nv2: int = const 577\nv3: int = const 420\nv4: int = os.open v1, v2, v3\nv5: bytes = bconst "hello\\xff"\nv6: int = os.write v4, v5\nos.close v4\n'
      'v7: int = const 0\nv8: int = os.open v1, v7, v7\nv9: int = const 3\nv10: bytes = os.read v8, v9\nv11: int = const 100\nv12: bytes = os.read v8, v11\nv13: bytes = os.read v8, v11\nos.close v8\n'
      'v14: list[int] = os.stat v1\nv15: int = const 1\nv16: int = list.get v14, v15\nv17: int = bytes.len v12\nv18: int = bytes.len v13\nv19: str = bytes.decode_utf8 v10\n'
      'v20: str = int.str v6\nv21: str = int.str v16\nv22: str = int.str v17\nv23: str = int.str v18\nv24: str = str.concat v19, v20\nv25: str = str.concat v24, v21\nv26: str = str.concat v25, v22\nv27: str = str.concat v26, v23') % P,
     lambda: "hel" + "6" + "6" + "3" + "0")
# directories: relative paths in the working directory, a fresh directory
# that the test (and main() below) creates; PYPY_CLI_CWD names it.
D = "pypy-d"
def touch(p): os.close(os.open(p, 577, 420))
def mk_files():
    touch(D + "/b.txt"); touch(D + "/a.txt"); os.mkdir(D + "/c", 511)
def sj(l): return "[" + ",".join(sorted(l)) + "]"
def isattys():
    fd = os.open(D + "/a.txt", 0)
    r = str(os.isatty(-1)) + str(os.isatty(999)) + str(os.isatty(fd))
    os.close(fd)
    return r
def cleanup():
    os.unlink(D + "/a.txt"); os.unlink(D + "/b.txt"); os.rmdir(D + "/c")
    return sj(os.listdir(D))
def rm_all():
    os.rmdir(D)
    return sj(os.listdir("."))
case('v1: str = const "%s"\nv2: int = const 448\nos.mkdir v1, v2\nv3: list[int] = os.stat v1\nv4: int = const 0\nv5: int = list.get v3, v4\n'
     'v6: int = const 61440\nv7: int = and v5, v6\nv8: int = const 511\nv9: int = and v5, v8\nv10: str = int.str v7\nv11: str = const " "\n'
     'v12: str = int.str v9\nv13: str = str.concat v10, v11\nv14: str = str.concat v13, v12' % D,
     lambda: (os.mkdir(D, 448), "%d %d" % (os.stat(D).st_mode & 61440, os.stat(D).st_mode & 511))[1])
case('v1: str = const "%s/b.txt"\nv2: int = const 577\nv3: int = const 420\nv4: int = os.open v1, v2, v3\nos.close v4\n'
     'v5: str = const "%s/a.txt"\nv6: int = os.open v5, v2, v3\nos.close v6\nv7: str = const "%s/c"\nv8: int = const 511\nos.mkdir v7, v8\n'
     'v9: str = const "%s"\nv10: list[str] = os.listdir v9\nv11: str = call sort_join(v10)' % (D, D, D, D),
     lambda: (mk_files(), sj(os.listdir(D)))[1])
case('v1: str = os.getcwd\nv2: str = const "PYPY_CLI_CWD"\nv3: str = os.getenv v2\nv4: bool = str.eq v1, v3\nv5: str = bool.str v4',
     lambda: str(os.getcwd() == os.environ["PYPY_CLI_CWD"]))
case('v1: str = const "%s/a.txt"\nv2: int = const 0\nv3: int = os.open v1, v2, v2\nv4: int = const -1\nv5: bool = os.isatty v4\n'
     'v6: int = const 999\nv7: bool = os.isatty v6\nv8: bool = os.isatty v3\nos.close v3\nv9: str = bool.str v5\nv10: str = bool.str v7\n'
     'v11: str = bool.str v8\nv12: str = str.concat v9, v10\nv13: str = str.concat v12, v11' % D, isattys)
case('v1: str = const "%s"\nv2: int = const 511\nos.mkdir v1, v2\nv3: str = const "x"' % D, lambda: run(lambda: os.mkdir(D, 511)))
case('v1: str = const "%s/a.txt"\nv2: list[str] = os.listdir v1\nv3: str = const "x"' % D, lambda: run(lambda: os.listdir(D + "/a.txt")))
case('v1: str = const "%s/missing"\nv2: list[str] = os.listdir v1\nv3: str = const "x"' % D, lambda: run(lambda: os.listdir(D + "/missing")))
case('v1: str = const "%s/c"\nos.unlink v1\nv2: str = const "x"' % D, lambda: run(lambda: os.unlink(D + "/c")))
case('v1: str = const "%s"\nos.rmdir v1\nv2: str = const "x"' % D, lambda: run(lambda: os.rmdir(D)))
case('v1: str = const "%s/a.txt"\nos.rmdir v1\nv2: str = const "x"' % D, lambda: run(lambda: os.rmdir(D + "/a.txt")))
case('v1: str = const "%s/no/such"\nv2: int = const 511\nos.mkdir v1, v2\nv3: str = const "x"' % D, lambda: run(lambda: os.mkdir(D + "/no/such", 511)))
case('v1: str = const "%s/a.txt"\nv2: str = const "%s/r.txt"\nos.rename v1, v2\nv3: str = const "%s"\nv4: list[str] = os.listdir v3\n'
     'os.rename v2, v1\nv5: str = call sort_join(v4)' % (D, D, D),
     lambda: (os.rename(D + "/a.txt", D + "/r.txt"), sj(os.listdir(D)), os.rename(D + "/r.txt", D + "/a.txt"))[1])
case('v1: str = const "%s/missing"\nv2: str = const "%s/x\'y"\nos.rename v1, v2\nv3: str = const "x"' % (D, D),
     lambda: run(lambda: os.rename(D + "/missing", D + "/x'y")))
case('v1: str = const "%s/a.txt"\nv2: str = const "%s/c"\nos.rename v1, v2\nv3: str = const "x"' % (D, D),
     lambda: run(lambda: os.rename(D + "/a.txt", D + "/c")))
case('v1: int = os.getpid\nv2: int = const 0\nv3: bool = gt v1, v2\nv4: str = bool.str v3', lambda: str(os.getpid() > 0))
case('v1: int = const 1000000\ntime.sleep v1\nv2: int = const 0\ntime.sleep v2\nv3: str = const "slept"', lambda: "slept")
case('v1: str = const "%s/a.txt"\nos.unlink v1\nv2: str = const "%s/b.txt"\nos.unlink v2\nv3: str = const "%s/c"\nos.rmdir v3\n'
     'v4: str = const "%s"\nv5: list[str] = os.listdir v4\nv6: str = call sort_join(v5)' % (D, D, D, D), cleanup)
case('v1: str = const "%s/a.txt"\nos.unlink v1\nv2: str = const "x"' % D, lambda: run(lambda: os.unlink(D + "/a.txt")))
case('v1: str = const "%s/c"\nos.rmdir v1\nv2: str = const "x"' % D, lambda: run(lambda: os.rmdir(D + "/c")))
case('v1: str = const "%s"\nos.rmdir v1\nv2: str = const "."\nv3: list[str] = os.listdir v2\nv4: str = call sort_join(v3)' % D, rm_all)
case('v1: float = time.time\nv2: float = fconst "1.7e9"\nv3: bool = fgt v1, v2\nv4: float = time.perf_counter\nv5: float = time.perf_counter\nv6: bool = fge v5, v4\nv7: str = bool.str v3\nv8: str = bool.str v6\nv9: str = str.concat v7, v8', lambda: "TrueTrue")


INF = float("inf")
NAN = float("nan")
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
for mn, xs in LIBM1:
    for x in xs:
        case("v1: float = %s\nv2: float = %s v1\nv3: str = call fs(v2)" % (F(repr(x)), mn),
             lambda mn=mn, x=x: fe(getattr(PRIMS, mn)(x)))
for mn, ps in LIBM2:
    for a, b in ps:
        case("v1: float = %s\nv2: float = %s\nv3: float = %s v1, v2\nv4: str = call fs(v3)"
             % (F(repr(a)), F(repr(b)), mn), lambda mn=mn, a=a, b=b: fe(getattr(PRIMS, mn)(a, b)))
# %.*e where the digits rounded at the estimated exponent reach 10^p: the
# exponent comes from the exact value (9.999999999999998e-02, not 1e-01).
for s, p in [("0.09999999999999998", 15), ("0.09999999999999998", 14), ("9.999999999999999e+22", 15), ("0.0095", 1)]:
    case("v1: float = %s\nv2: int = const %d\nv3: str = float.fmt_e v1, v2" % (F(s), p),
         lambda s=s, p=p: ("%." + str(p) + "e") % float(s))
# str.hash twice on one value (the second call reads the Str's cache).
for s in ["", "a", "abc", "caf\u00e9", "\u20acuro", S, "\U0010ffff" * 3,
          "the quick brown fox jumps over the lazy dog", "\u00ff" * 40, "\uffff" * 25 + "z"]:
    case("v1: str = const %s\nv2: int = str.hash v1\nv3: int = str.hash v1\nv4: str = int.str v2\nv5: str = int.str v3\nv6: str = str.concat v4, v5" % q(s),
         lambda s=s: str(PRIMS.str_hash(s)) * 2)
# list.sort's detached state: it lasts until an item is stored, whatever
# is removed again (a fresh empty list is not detached).
def detach_steps():
    l, r = [1, 1], []
    PRIMS.list_detach(l)
    r.append(PRIMS.list_detached(l))
    PRIMS.list_truncate(l, 0)
    l.extend([])
    r.append(PRIMS.list_detached(l))
    l.append(1)
    l.pop()
    r.append(PRIMS.list_detached(l))
    PRIMS.list_detach(l)
    r.append(PRIMS.list_detached(l))
    n = len(l)
    PRIMS.list_insert(l, 0, 1)
    PRIMS.list_truncate(l, 0)
    r.append(PRIMS.list_detached(l))
    r.append(PRIMS.list_detached([]))
    return "".join(str(x) for x in r) + str(n)
case('v1: int = const 1\nv2: list[int] = list.new int [v1, v1]\nlist.detach v2\nv3: bool = list.detached v2\n'
     'v4: int = const 0\nlist.truncate v2, v4\nv5: list[int] = list.new int []\nlist.extend v2, v5\nv6: bool = list.detached v2\n'
     'list.append v2, v1\nv7: int = list.pop v2\nv8: bool = list.detached v2\nlist.detach v2\nv9: bool = list.detached v2\n'
     'v10: int = list.len v2\nlist.insert v2, v4, v1\nlist.truncate v2, v4\nv11: bool = list.detached v2\nv12: bool = list.detached v5\n'
     'v13: str = bool.str v3\nv14: str = bool.str v6\nv15: str = str.concat v13, v14\nv16: str = bool.str v8\nv17: str = str.concat v15, v16\n'
     'v18: str = bool.str v9\nv19: str = str.concat v17, v18\nv20: str = bool.str v11\nv21: str = str.concat v19, v20\n'
     'v22: str = bool.str v12\nv23: str = str.concat v21, v22\nv24: str = int.str v10\nv25: str = str.concat v23, v24', detach_steps)
# `[a,b,c]`: the names sorted (insertion sort with str.cmp) and joined.
SORT_JOIN = """fn sort_join(list[str]) -> str {
b0(v0: list[str]):
  v1: int = list.len v0
  v2: int = const 1
  v3: int = const 0
  jump b1(v2)
b1(v4: int):
  v5: bool = lt v4, v1
  br v5, b2(), b7()
b2():
  v6: str = list.get v0, v4
  jump b3(v4)
b3(v7: int):
  v8: bool = gt v7, v3
  br v8, b4(), b6(v7)
b4():
  v9: int = sub v7, v2
  v10: str = list.get v0, v9
  v11: int = str.cmp v10, v6
  v12: bool = gt v11, v3
  br v12, b5(), b6(v7)
b5():
  list.set v0, v7, v10
  jump b3(v9)
b6(v13: int):
  list.set v0, v13, v6
  v14: int = add v4, v2
  jump b1(v14)
b7():
  v15: str = const ","
  v16: str = str.join v15, v0
  v17: str = const "["
  v18: str = str.concat v17, v16
  v19: str = const "]"
  v20: str = str.concat v18, v19
  ret v20
}"""

def renumber(lines):
    """Values and blocks numbered densely per function, in order."""
    import re
    out, fn = [], []
    def flush():
        vals, blocks = {}, {}
        for l in fn:
            m = re.match(r"^(b\d+)\(", l)
            if m: blocks.setdefault(m.group(1), "b%d" % len(blocks))
            for v in re.findall(r"\bv\d+\b", l.split(";")[0]):
                vals.setdefault(v, "v%d" % len(vals))
        for l in fn:
            l = re.sub(r"\bv\d+\b", lambda m: vals[m.group(0)], l)
            l = re.sub(r"\bb\d+\b", lambda m: blocks.get(m.group(0), m.group(0)), l)
            out.append(l)
        fn.clear()
    for l in lines:
        if l.startswith("fn "):
            flush()
        fn.append(l)
    flush()
    return out

def main():
    hdr, _, _ = header()
    lines = hdr
    lines.append("b999(v%d: str):" % 200)
    lines.append("  v201: str = const \": \"")
    lines.append("  v202: str = getfield BaseException.message v0")
    lines.append("  v203: int = str.len v202")
    lines.append("  v204: int = const 0")
    lines.append("  v205: bool = eq v203, v204")
    lines.append("  br v205, b1000(), b1001()")
    lines.append("b1000():")
    lines.append("  print v200")
    lines.append("  ret")
    lines.append("b1001():")
    lines.append("  v206: str = str.concat v200, v201")
    lines.append("  v207: str = str.concat v206, v202")
    lines.append("  print v207")
    lines.append("  ret")
    lines.append("}")
    lines.append("class Node {\n}")
    lines.append("fn fs(float) -> str {\nb0(v0: float):\n  v1: int = const 17\n  v2: str = float.fmt_e v0, v1\n  ret v2\n}")
    lines.append(SORT_JOIN)
    expected = []
    here = os.getcwd()
    scratch = tempfile.mkdtemp(prefix="pypy-cli-gen-")
    os.chdir(scratch)
    os.environ["PYPY_CLI_CWD"] = os.getcwd()
    for k, (body, py) in enumerate(CASES):
        blines = body.split("\n")
        last = None
        for l in blines:
            if ":" in l and l.startswith("v") and " = " in l:
                last = l.split(":")[0]
        lines.append("fn case%d() {" % k)
        lines.append("b0():\n  jump b1()")
        lines.append("b1() catch b2:")
        lines.extend("  " + l for l in blines)
        lines.append("  print %s" % last)
        lines.append("  ret")
        lines.append("b2(v500: BaseException):\n  call report(v500)\n  ret\n}")
        expected.append(py())
    os.chdir(here)
    os.rmdir(scratch)
    lines.append("fn main(list[str]) -> int {\nb0(v0: list[str]):")
    for k in range(len(CASES)):
        lines.append("  call case%d()" % k)
    lines.append("  v1: int = const 0\n  ret v1\n}")
    lines = renumber("\n".join(lines).split("\n"))
    open("tests/ir/prims.ir", "w").write("; Generated by tests/gen/prims.py: every primitive, the new BinOps and\n; constants, with expected output from CPython 3.11 (tests/ir/prims.out).\n" + "\n".join(lines) + "\n")
    open("tests/ir/prims.out", "w", encoding="utf-8", errors="surrogatepass").write("\n".join(expected) + "\n")

os.environ["PYPY_CLI_TEST_ENV"] = "v\u00e9\U0001F600"
main()
