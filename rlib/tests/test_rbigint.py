"""Tests for rlib/rbigint.py against CPython's int.

Every correctness test runs an *instrumented* copy of rbigint.py: its
source is rewritten (ast) so that each arithmetic operator (+ - * // % **
<< >> & | ^, unary - and ~, augmented assignments) and each int() call
goes through a checker asserting that operands and results which are ints
lie in [-2**63, 2**63) and that shift counts lie in [0, 64). So a passing
run also shows the implementation never relies on Python's big ints.

Run: python3 -m unittest rlib.tests.test_rbigint        (from /work/main)
Benchmark: python3 -m rlib.tests.test_rbigint bench
"""

import ast
import copy
import math
import operator
import os
import random
import sys
import time
import types
import unittest

from rlib import rbigint as plain_module

if hasattr(sys, "set_int_max_str_digits"):
    sys.set_int_max_str_digits(0)

INT_MIN = -(1 << 63)
INT_MAX = (1 << 63) - 1


# ---------------------------------------------------------------------------
# The 64-bit range checker


class RangeStats:
    ops = 0
    max_bits = 0


_BINOPS = {
    "Add": operator.add, "Sub": operator.sub, "Mult": operator.mul,
    "FloorDiv": operator.floordiv, "Mod": operator.mod, "Pow": operator.pow,
    "LShift": operator.lshift, "RShift": operator.rshift,
    "BitAnd": operator.and_, "BitOr": operator.or_,
    "BitXor": operator.xor, "Div": operator.truediv,
}
_UNOPS = {"USub": operator.neg, "Invert": operator.invert,
          "UAdd": operator.pos}


def _is_int(v):
    return type(v) is int


def _check(v, what):
    if not (INT_MIN <= v <= INT_MAX):
        raise AssertionError("64-bit range exceeded by %s: %d (%d bits)"
                             % (what, v, v.bit_length()))
    b = abs(v).bit_length()
    if b > RangeStats.max_bits:
        RangeStats.max_bits = b


def _chk_bin(opname, a, b):
    if _is_int(a) and _is_int(b):
        RangeStats.ops += 1
        _check(a, opname + " left operand")
        _check(b, opname + " right operand")
        if opname in ("LShift", "RShift") and not (0 <= b < 64):
            raise AssertionError("shift count out of [0, 64): %d" % b)
        r = _BINOPS[opname](a, b)
        if _is_int(r):
            _check(r, opname + " result")
        return r
    if (type(a) is bool or type(b) is bool) and opname != "Mult":
        raise AssertionError("arithmetic on bool: %s" % opname)
    return _BINOPS[opname](a, b)


def _chk_un(opname, a):
    r = _UNOPS[opname](a)
    if _is_int(a):
        RangeStats.ops += 1
        _check(a, opname + " operand")
        _check(r, opname + " result")
    return r


def _chk_int(*args):
    r = int(*args)
    _check(r, "int()")
    return r


class _Instrument(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        call = ast.Call(func=ast.Name("CHK_bin", ast.Load()),
                        args=[ast.Constant(type(node.op).__name__),
                              node.left, node.right],
                        keywords=[])
        return ast.copy_location(call, node)

    def visit_UnaryOp(self, node):
        self.generic_visit(node)
        name = type(node.op).__name__
        if name not in _UNOPS:
            return node
        if isinstance(node.operand, ast.Constant):
            return node          # a negative literal
        call = ast.Call(func=ast.Name("CHK_un", ast.Load()),
                        args=[ast.Constant(name), node.operand], keywords=[])
        return ast.copy_location(call, node)

    def visit_AugAssign(self, node):
        self.generic_visit(node)
        load = copy.deepcopy(node.target)
        load.ctx = ast.Load()
        call = ast.Call(func=ast.Name("CHK_bin", ast.Load()),
                        args=[ast.Constant(type(node.op).__name__),
                              load, node.value],
                        keywords=[])
        new = ast.Assign(targets=[node.target], value=call)
        return ast.copy_location(new, node)

    def visit_Call(self, node):
        self.generic_visit(node)
        if isinstance(node.func, ast.Name) and node.func.id == "int":
            node.func = ast.copy_location(ast.Name("CHK_int", ast.Load()),
                                          node.func)
        return node

    def visit_Constant(self, node):
        if _is_int(node.value):
            _check(node.value, "literal")
        return node


def instrument_source(source, filename, name):
    tree = _Instrument().visit(ast.parse(source, filename))
    ast.fix_missing_locations(tree)
    code = compile(tree, filename, "exec")
    mod = types.ModuleType(name)
    mod.__file__ = filename
    mod.__dict__.update(CHK_bin=_chk_bin, CHK_un=_chk_un, CHK_int=_chk_int)
    exec(code, mod.__dict__)
    return mod


def load_checked():
    path = plain_module.__file__
    with open(path) as f:
        source = f.read()
    return instrument_source(source, path, "rlib.rbigint_checked")


M = load_checked()
R = M.rbigint
SHIFT = 30
MASK = (1 << 30) - 1


# ---------------------------------------------------------------------------
# helpers


def to_py(r):
    """The value of an rbigint, after checking its invariants."""
    assert isinstance(r, (R, plain_module.rbigint)), r
    assert r.sign in (-1, 0, 1)
    d = r.digits
    assert isinstance(d, list)
    for x in d:
        assert type(x) is int and 0 <= x <= MASK, d
    if r.sign == 0:
        assert d == [], d
    else:
        assert len(d) > 0 and d[-1] != 0, d
    v = 0
    for x in reversed(d):
        v = (v << SHIFT) | x
    return r.sign * v


def mk(x, cls=None):
    """An rbigint built directly from the digits of a CPython int."""
    cls = cls or R
    sign = (x > 0) - (x < 0)
    m = abs(x)
    d = []
    while m:
        d.append(m & MASK)
        m >>= SHIFT
    return cls(d, sign)


EDGE_MAGS = sorted(set(
    [0, 1, 2, 3, 7, 8, 9, 10, 255, 256, 10**9 - 1, 10**9, 10**9 + 1]
    + [(1 << k) + e for k in (29, 30, 31, 32, 53, 54, 59, 60, 61, 62, 63,
                               64, 65, 89, 90, 91, 120, 1023, 1024, 1025)
       for e in (-1, 0, 1)]
    + [10**18, 10**19, 10**20, 10**40, 3**100, (1 << 64) * 3 - 5,
       (1 << 1024) - (1 << 970), (1 << 1024) - (1 << 970) - 1,
       (1 << 1024) - (1 << 971)]))
EDGES = sorted(set(EDGE_MAGS + [-x for x in EDGE_MAGS]))


def rand_value(rng, maxbits=2000):
    """A random int with a mix of shapes and sizes."""
    kind = rng.random()
    if kind < 0.1:
        return rng.choice(EDGES)
    r = rng.random()
    if r < 0.3:
        bits = rng.randint(0, 70)
    elif r < 0.6:
        bits = rng.randint(0, 300)
    else:
        bits = rng.randint(0, maxbits)
    if kind < 0.6:
        v = rng.getrandbits(bits)
    elif kind < 0.75:
        # digits drawn from nasty values
        ndig = (bits + 29) // 30
        v = 0
        for _ in range(ndig):
            v = (v << 30) | rng.choice((0, 1, MASK, MASK - 1, 1 << 29,
                                        (1 << 29) - 1, rng.getrandbits(30)))
    elif kind < 0.85:
        v = (1 << bits) - rng.choice((0, 1, 2, rng.getrandbits(20)))
    else:
        v = (1 << bits) + rng.getrandbits(rng.randint(0, 40))
    v = abs(v)
    if rng.random() < 0.5:
        v = -v
    return v


def rand_pairs(seed, n, maxbits=2000):
    rng = random.Random(seed)
    return [(rand_value(rng, maxbits), rand_value(rng, maxbits))
            for _ in range(n)]


def py_outcome(f):
    try:
        return ("ok", f())
    except (ValueError, ZeroDivisionError, OverflowError) as e:
        return (type(e).__name__, str(e))


# ---------------------------------------------------------------------------


class TestChecker(unittest.TestCase):
    def test_checker_catches_overflow(self):
        src = ("def f(a: int) -> int:\n    return a * a\n"
               "def g(a: int) -> int:\n    a += a\n    return a\n"
               "def h(a: int) -> int:\n    return 1 << a\n")
        mod = instrument_source(src, "<toy>", "toy")
        self.assertRaises(AssertionError, mod.f, 3 << 30)
        self.assertEqual(mod.f(1 << 31), 1 << 62)
        self.assertRaises(AssertionError, mod.f, 1 << 32)
        self.assertRaises(AssertionError, mod.g, 1 << 62)
        self.assertRaises(AssertionError, mod.h, 64)

    def test_no_bigint_literals_or_imports(self):
        with open(plain_module.__file__) as f:
            tree = ast.parse(f.read())
        for node in ast.walk(tree):
            self.assertNotIsInstance(node, (ast.Import, ast.ImportFrom))
            if isinstance(node, ast.Constant) and _is_int(node.value):
                self.assertTrue(INT_MIN <= node.value <= INT_MAX)

    def test_fully_annotated(self):
        with open(plain_module.__file__) as f:
            tree = ast.parse(f.read())
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef):
                self.assertIsNotNone(node.returns, node.name)
                for a in node.args.args:
                    if a.arg != "self":
                        self.assertIsNotNone(a.annotation,
                                             node.name + "." + a.arg)
                self.assertIsNone(node.args.vararg)
                self.assertIsNone(node.args.kwarg)


class TestConversions(unittest.TestCase):
    def test_fromint_toint(self):
        rng = random.Random(1)
        vals = [v for v in EDGES if INT_MIN <= v <= INT_MAX]
        vals += [INT_MIN, INT_MAX, INT_MIN + 1]
        vals += [rng.randint(INT_MIN, INT_MAX) for _ in range(2000)]
        for v in vals:
            r = R.fromint(v)
            self.assertEqual(to_py(r), v)
            self.assertTrue(r.fits_int())
            self.assertEqual(r.toint(), v)

    def test_toint_overflow(self):
        for v in EDGES + [INT_MAX + 1, INT_MIN - 1, 1 << 64, -(1 << 64)]:
            r = mk(v)
            fits = INT_MIN <= v <= INT_MAX
            self.assertEqual(r.fits_int(), fits, v)
            if fits:
                self.assertEqual(r.toint(), v)
            else:
                with self.assertRaises(OverflowError) as cm:
                    r.toint()
                self.assertEqual(str(cm.exception),
                                 "Python int too large to convert to C long")

    def test_str_repr(self):
        rng = random.Random(2)
        vals = EDGES + [rand_value(rng) for _ in range(1500)]
        vals += [10**k + e for k in range(0, 60) for e in (-1, 0, 1)]
        vals += [-(10**k) for k in range(0, 60)]
        for v in vals:
            self.assertEqual(mk(v).str(), str(v))
            self.assertEqual(mk(v).repr(), repr(v))
            self.assertEqual(mk(v).format(10), str(v))

    def test_format(self):
        rng = random.Random(3)
        vals = EDGES + [rand_value(rng) for _ in range(1500)]
        for v in vals:
            r = mk(v)
            self.assertEqual(r.format(16), hex(v))
            self.assertEqual(r.format(8), oct(v))
            self.assertEqual(r.format(2), bin(v))
        self.assertRaises(ValueError, mk(5).format, 7)

    def test_fromstr_roundtrip(self):
        rng = random.Random(4)
        vals = EDGES + [rand_value(rng) for _ in range(1000)]
        for v in vals:
            self.assertEqual(to_py(R.fromstr(str(v), 10)), v)
            self.assertEqual(to_py(R.fromstr(str(v), 0)), v)
            self.assertEqual(to_py(R.fromstr(hex(v), 16)), v)
            self.assertEqual(to_py(R.fromstr(hex(v), 0)), v)
            self.assertEqual(to_py(R.fromstr(oct(v), 0)), v)
            self.assertEqual(to_py(R.fromstr(bin(v), 2)), v)

    def test_fromstr_bases(self):
        rng = random.Random(5)
        for _ in range(1500):
            base = rng.randint(2, 36)
            v = rand_value(rng, 600)
            s = to_base(v, base, rng)
            self.assertEqual(to_py(R.fromstr(s, base)), int(s, base), s)

    def test_fromstr_fuzz(self):
        rng = random.Random(6)
        alphabet = "0123456789abfxXoObB_+- \t\u0661\u0660\uff15z\u2003"
        samples = ["", " ", "0", "00", "0_0", "07", "0_7", "-0", "+0",
                   "0x", "0x_", "0x_1", "0x__1", "0b102", "1_", "_1",
                   "1__2", "- 1", " -1 ", "\u0663\u0664", "0\u0663",
                   "\u0660x1f", "\u00a01\u00a0", "1\x00", "x" * 300,
                   "9" * 300, "0o17", "0O17", "0B11", "0X1F", "z", "Z",
                   "12345678901234567890123456789", "+-1", "١٢٣_٤"]
        for _ in range(6000):
            n = rng.randint(0, 8)
            samples.append("".join(rng.choice(alphabet) for _ in range(n)))
        for s in samples:
            for base in (0, 2, 8, 10, 16, 36):
                exp = py_outcome(lambda: int(s, base))
                got = py_outcome(lambda: to_py(R.fromstr(s, base)))
                self.assertEqual(got, exp, (s, base))
        for base in (-1, 1, 37, 100):
            exp = py_outcome(lambda: int("1", base))
            got = py_outcome(lambda: to_py(R.fromstr("1", base)))
            self.assertEqual(got, exp)

    def test_fromfloat(self):
        rng = random.Random(7)
        floats = [0.0, -0.0, 0.5, -0.5, 0.999, 1.0, -1.0, 1.5, -2.5,
                  2.0**52, 2.0**53, 2.0**53 + 2, 2.0**62, 2.0**63,
                  -2.0**63, 2.0**64, -2.0**64, 9.2e18, 9.3e18, 1e19,
                  1e300, -1e300, 1.7976931348623157e308,
                  -1.7976931348623157e308, 5e-324, 2.0**83, 2.0**84]
        for _ in range(3000):
            e = rng.randint(-20, 1024)
            floats.append(math.ldexp(rng.random(), e) *
                          rng.choice((1, -1)))
            floats.append(rng.uniform(-1e20, 1e20))
        for f in floats:
            self.assertEqual(to_py(R.fromfloat(f)), int(f), f)
        for f, exc, msg in ((math.inf, OverflowError,
                             "cannot convert float infinity to integer"),
                            (-math.inf, OverflowError,
                             "cannot convert float infinity to integer"),
                            (math.nan, ValueError,
                             "cannot convert float NaN to integer")):
            with self.assertRaises(exc) as cm:
                R.fromfloat(f)
            self.assertEqual(str(cm.exception), msg)

    def test_tofloat(self):
        rng = random.Random(8)
        vals = list(EDGES)
        for _ in range(3000):
            vals.append(rand_value(rng, 1100))
        # rounding ties and near-ties at various scales
        for _ in range(1500):
            k = rng.randint(1, 1000)
            m = rng.getrandbits(53) | (1 << 52)
            half = 1 << (k - 1) if k > 0 else 0
            for extra in (0, half, half - 1, half + 1, (1 << k) - 1):
                vals.append(((m << k) + extra) * rng.choice((1, -1)))
        for v in vals:
            exp = py_outcome(lambda: float(v))
            got = py_outcome(lambda: mk(v).tofloat())
            self.assertEqual(got, exp, v)
        self.assertEqual(R.fromint(0).tofloat(), 0.0)

    def test_bytes(self):
        rng = random.Random(9)
        for _ in range(1500):
            v = rand_value(rng, 300)
            n = rng.randint(0, 45)
            for order in ("little", "big"):
                for signed in (False, True):
                    exp = py_outcome(lambda: v.to_bytes(n, order,
                                                        signed=signed))
                    got = py_outcome(lambda: mk(v).tobytes(
                        n, order == "little", signed))
                    self.assertEqual(got, exp, (v, n, order, signed))
                    data = rng.randbytes(n)
                    self.assertEqual(
                        to_py(R.frombytes(data, order == "little", signed)),
                        int.from_bytes(data, order, signed=signed))


def to_base(v, base, rng):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if v == 0:
        out = "0"
    else:
        m = abs(v)
        chars = []
        while m:
            m, d = divmod(m, base)
            c = digits[d]
            if rng.random() < 0.3:
                c = c.upper()
            chars.append(c)
        out = "".join(reversed(chars))
    if rng.random() < 0.2 and len(out) > 2:
        i = rng.randint(1, len(out) - 1)
        out = out[:i] + "_" + out[i:]
    if v < 0:
        out = "-" + out
    if rng.random() < 0.2:
        out = " \t" + out + "\n "
    return out


class TestArithmetic(unittest.TestCase):
    def pairs(self, seed, n=2500, maxbits=2000):
        ps = rand_pairs(seed, n, maxbits)
        rng = random.Random(seed + 1000)
        ps += [(rng.choice(EDGES), rng.choice(EDGES)) for _ in range(n // 2)]
        return ps

    def test_add_sub_neg_abs(self):
        for a, b in self.pairs(10):
            ra, rb = mk(a), mk(b)
            self.assertEqual(to_py(ra.add(rb)), a + b)
            self.assertEqual(to_py(ra.sub(rb)), a - b)
            self.assertEqual(to_py(ra.neg()), -a)
            self.assertEqual(to_py(ra.abs()), abs(a))
            self.assertEqual(to_py(ra.add(ra.neg())), 0)

    def test_mul(self):
        for a, b in self.pairs(11):
            self.assertEqual(to_py(mk(a).mul(mk(b))), a * b)

    def test_mul_karatsuba(self):
        rng = random.Random(12)
        for _ in range(60):
            na = rng.randint(1000, 12000)
            nb = rng.choice((na, rng.randint(1000, 12000),
                             rng.randint(40000, 60000)))
            a = rand_value(rng, na) or 1
            b = rand_value(rng, nb)
            if rng.random() < 0.3:
                a = (1 << na) - 1
            self.assertEqual(to_py(mk(a).mul(mk(b))), a * b)
            self.assertEqual(to_py(mk(a).mul(mk(a))), a * a)

    def test_divmod(self):
        for a, b in self.pairs(13):
            ra, rb = mk(a), mk(b)
            if b == 0:
                for f, msg in ((ra.floordiv,
                                "integer division or modulo by zero"),
                               (ra.mod, "integer modulo by zero"),
                               (ra.divmod,
                                "integer division or modulo by zero")):
                    with self.assertRaises(ZeroDivisionError) as cm:
                        f(rb)
                    self.assertEqual(str(cm.exception), msg)
                continue
            q, r = ra.divmod(rb)
            self.assertEqual((to_py(q), to_py(r)), divmod(a, b))
            self.assertEqual(to_py(ra.floordiv(rb)), a // b)
            self.assertEqual(to_py(ra.mod(rb)), a % b)

    def test_divmod_constructed(self):
        # a = q*b + r with nasty digit patterns: exercises the Knuth D
        # estimate corrections and the add-back step
        rng = random.Random(14)
        for _ in range(3000):
            b = rand_value(rng, 700) or 3
            q = rand_value(rng, 700)
            r = rng.randrange(abs(b))
            a = q * b + (r if b > 0 else -r)
            self.assertEqual(tuple(map(to_py, mk(a).divmod(mk(b)))),
                             divmod(a, b))
        # classic add-back triggers (Hacker's Delight style)
        cases = [((1 << 90) - 1, (1 << 60) + 1),
                 (0x7fffffff800000010000000000000000, 0x800000008000000200000005),
                 (0x800000000000000000000003, 0x200000000000000000000001),
                 ((MASK << 60) | (MASK << 30), (MASK << 30) | 1)]
        for a, b in cases:
            for sa in (1, -1):
                for sb in (1, -1):
                    self.assertEqual(
                        tuple(map(to_py, mk(sa * a).divmod(mk(sb * b)))),
                        divmod(sa * a, sb * b))

    def test_divmod_large(self):
        rng = random.Random(15)
        for _ in range(40):
            b = rand_value(rng, rng.randint(100, 8000)) or 7
            a = rand_value(rng, rng.randint(100, 16000))
            self.assertEqual(tuple(map(to_py, mk(a).divmod(mk(b)))),
                             divmod(a, b))

    def test_truediv(self):
        rng = random.Random(16)
        ps = self.pairs(16, 2000, 1500)
        for _ in range(500):
            e = rng.randint(1000, 1100)
            ps.append((rng.getrandbits(60) * rng.choice((1, -1)),
                       (1 << e) + rng.getrandbits(8)))
            ps.append(((1 << e) + rng.getrandbits(8), rng.getrandbits(20)))
        ps += [(1, 1 << 1074), (1, 1 << 1075), (3, 1 << 1076),
               (1, (1 << 1075) - 1), (0, -5), (0, 5), (1 << 1024, 1),
               ((1 << 1024) - (1 << 970), 1), (1 << 1025, 2),
               ((1 << 1025) - (1 << 971), 2), (10**400, 10**399)]
        for a, b in ps:
            exp = py_outcome(lambda: a / b)
            got = py_outcome(lambda: mk(a).truediv(mk(b)))
            if exp[0] == "ok" and got[0] == "ok":
                self.assertEqual(math.copysign(1, got[1]),
                                 math.copysign(1, exp[1]), (a, b))
            self.assertEqual(got, exp, (a, b))

    def test_compare(self):
        for a, b in self.pairs(17):
            ra, rb = mk(a), mk(b)
            self.assertEqual(ra.eq(rb), a == b)
            self.assertEqual(ra.ne(rb), a != b)
            self.assertEqual(ra.lt(rb), a < b)
            self.assertEqual(ra.le(rb), a <= b)
            self.assertEqual(ra.gt(rb), a > b)
            self.assertEqual(ra.ge(rb), a >= b)
            self.assertTrue(ra.eq(mk(a)))
            self.assertEqual(ra.is_zero(), a == 0)

    def test_hash(self):
        rng = random.Random(18)
        vals = EDGES + [rand_value(rng) for _ in range(3000)]
        vals += [(1 << 61) - 1, (1 << 61) - 2, 1 << 61, -1, -2,
                 -((1 << 61) - 1), -((1 << 61) + 1), ((1 << 61) - 1) * 5 - 1]
        for v in vals:
            self.assertEqual(mk(v).hash(), hash(v), v)

    def test_bit_length(self):
        for a, b in self.pairs(19, 1500):
            self.assertEqual(mk(a).bit_length(), a.bit_length())

    def test_bitwise(self):
        for a, b in self.pairs(20):
            ra, rb = mk(a), mk(b)
            self.assertEqual(to_py(ra.and_(rb)), a & b)
            self.assertEqual(to_py(ra.or_(rb)), a | b)
            self.assertEqual(to_py(ra.xor(rb)), a ^ b)
            self.assertEqual(to_py(ra.invert()), ~a)

    def test_shifts(self):
        rng = random.Random(21)
        for a, _ in self.pairs(21, 2000):
            for n in (0, 1, 29, 30, 31, 59, 60, 63, 64, 65,
                      rng.randint(0, 3000)):
                self.assertEqual(to_py(mk(a).lshift(n)), a << n)
                self.assertEqual(to_py(mk(a).rshift(n)), a >> n)
        for f in (mk(5).lshift, mk(5).rshift, mk(-5).rshift):
            with self.assertRaises(ValueError) as cm:
                f(-1)
            self.assertEqual(str(cm.exception), "negative shift count")

    def test_pow(self):
        rng = random.Random(22)
        for _ in range(400):
            a = rand_value(rng, rng.choice((3, 10, 64, 200)))
            e = rng.randint(0, rng.choice((5, 20, 64)))
            self.assertEqual(to_py(mk(a).pow(mk(e), None)), a ** e)
        for a in (0, 1, -1, 2, -2):
            for e in (0, 1, 2, 3, 1 << 70, (1 << 70) + 1):
                if abs(a) == 2 and e > 100:
                    continue
                self.assertEqual(to_py(mk(a).pow(mk(e), None)), a ** e)
        with self.assertRaises(ValueError):
            mk(2).pow(mk(-1), None)

    def test_pow_mod(self):
        rng = random.Random(23)
        cases = []
        for _ in range(250):
            a = rand_value(rng, 400)
            e = abs(rand_value(rng, rng.choice((8, 64, 200))))
            m = rand_value(rng, rng.choice((8, 64, 400)))
            if rng.random() < 0.3:
                e = -e
            cases.append((a, e, m))
        cases += [(2, 3, 0), (5, 0, 1), (5, 0, -1), (0, 0, 7), (3, -1, 7),
                  (2, -1, 4), (0, -1, 1), (7, 5, -3), (7, -5, -3),
                  (-7, 3, 10), (3, 1, 1)]
        for a, e, m in cases:
            exp = py_outcome(lambda: pow(a, e, m))
            got = py_outcome(lambda: to_py(mk(a).pow(mk(e), mk(m))))
            self.assertEqual(got, exp, (a, e, m))


class TestPlainModule(unittest.TestCase):
    """The uninstrumented module agrees (smoke test) and is fast enough."""

    def test_smoke(self):
        P = plain_module.rbigint
        for a, b in rand_pairs(30, 300):
            ra, rb = mk(a, P), mk(b, P)
            self.assertEqual(to_py(ra.mul(rb)), a * b)
            self.assertEqual(to_py(ra.add(rb)), a + b)
            if b:
                self.assertEqual(tuple(map(to_py, ra.divmod(rb))),
                                 divmod(a, b))
            self.assertEqual(ra.str(), str(a))
            self.assertEqual(to_py(P.fromstr(str(a), 10)), a)

    def test_big_str_and_mul(self):
        P = plain_module.rbigint
        x = P.fromint(10).pow(P.fromint(5000), None)
        self.assertEqual(x.str(), str(10**5000))
        a = int("7" * 10000)
        b = int("3" * 9999 + "1")
        ra = P.fromstr("7" * 10000, 10)
        rb = P.fromstr("3" * 9999 + "1", 10)
        self.assertEqual(ra.mul(rb).str(), str(a * b))


def bench():
    P = plain_module.rbigint
    x = P.fromint(10).pow(P.fromint(5000), None)
    rng = random.Random(0)
    sa = str(rng.randrange(10**9999, 10**10000))
    sb = str(rng.randrange(10**9999, 10**10000))

    def timeit(label, f, n=3):
        best = None
        for _ in range(n):
            t0 = time.perf_counter()
            r = f()
            t = time.perf_counter() - t0
            best = t if best is None else min(best, t)
        print("%-44s %8.1f ms" % (label, best * 1000))
        return r

    timeit("str(10**5000)", x.str)
    ra = timeit("fromstr(10,000 digits)", lambda: P.fromstr(sa, 10))
    rb = P.fromstr(sb, 10)
    p = timeit("mul 10,000 x 10,000 digits (Karatsuba)",
               lambda: ra.mul(rb))
    assert p.str() == str(int(sa) * int(sb))
    timeit("mul 10,000 x 10,000 digits (schoolbook)",
           lambda: P(plain_module._mul_school(ra.digits, rb.digits), 1), 1)
    timeit("str(20,000-digit product)", p.str, 1)
    timeit("divmod 20,000 / 10,000 digits", lambda: p.divmod(rb), 1)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "bench":
        bench()
    else:
        unittest.main()
