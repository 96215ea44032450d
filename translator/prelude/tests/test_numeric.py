"""Numbers against CPython."""

import math
import random
import struct
import unittest

import numeric as N


def outcome(fn, *args):  # type: ignore[no-untyped-def]
    try:
        return fn(*args)
    except Exception as e:  # noqa: BLE001
        return (type(e).__name__, str(e))


def rand_float(rng: random.Random) -> float:
    k = rng.random()
    if k < 0.5:
        return struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
    if k < 0.7:
        return rng.uniform(-1e6, 1e6)
    if k < 0.8:
        return float(rng.randint(-10**18, 10**18))
    if k < 0.9:
        return rng.randint(-10**6, 10**6) / rng.choice([2, 4, 8, 10, 100, 1000])
    return rng.choice([0.0, -0.0, math.inf, -math.inf, math.nan, 5e-324, 1.7976931348623157e308, 1e16, 1e15,
                       9007199254740993.0, 0.1, 0.2, 0.3, 2.5, 0.5, 1.5, -2.5, 1e23, 2.0**-1022, 2.0**60])


class NumericTest(unittest.TestCase):
    def test_repr_float(self) -> None:
        rng = random.Random(1)
        for _ in range(50000):
            x = rand_float(rng)
            self.assertEqual(N.builtin_repr_float(x), repr(x), x)
            self.assertEqual(N.builtin_str_float(x), str(x), x)
        # powers of two: asymmetric rounding intervals
        for e in range(-1074, 1024):
            x = 2.0**e
            self.assertEqual(N.builtin_repr_float(x), repr(x))

    def test_hash(self) -> None:
        rng = random.Random(2)
        for _ in range(20000):
            x = rand_float(rng)
            if not math.isnan(x):
                self.assertEqual(N.builtin_hash_float(x), hash(x), x)
            i = rng.choice([rng.randint(-2**63, 2**63 - 1), rng.randint(-100, 100), -1, -2, 2**61 - 1, 2**61, -(2**63)])
            self.assertEqual(N.builtin_hash_int(i), hash(i), i)
            t = tuple(rng.randint(-2**63, 2**63 - 1) for _ in range(rng.randint(0, 4)))
            self.assertEqual(N.builtin_hash_tuple([hash(v) for v in t]), hash(t), t)
        self.assertEqual(N.builtin_hash_bool(True), hash(True))
        self.assertEqual(N.builtin_hash_str("abc"), N.builtin_hash_str("abc"))
        # Pinned: set-of-str iteration order depends on these values.
        self.assertEqual(N.builtin_hash_str(""), 5381)
        self.assertEqual(N.builtin_hash_str("a"), 177671)
        self.assertEqual(N.builtin_hash_str("abc"), 193485966)
        self.assertEqual(N.builtin_hash_str("a\U0001f600b"), 197723627)
        self.assertEqual(N.builtin_hash_str("the quick brown fox jumps over the lazy dog"), 5088434452128041)
        self.assertEqual(N.builtin_hash_tuple([N.builtin_hash_tuple([1, 2]), 3]), hash(((1, 2), 3)))
        for t in [(), (1,), (1, 2, 3), (-1, 2**62)]:
            self.assertEqual(N.builtin_hash_tuplev(list(t)), hash(t), t)

    def test_int_str(self) -> None:
        cases = ["0", "12", " -12 ", "+5", "1_000", "1__0", "_1", "1_", "", " ", "-", "0x10", "007", "12a",
                 "\u0661\u0662", "\u00a012\u2003", "9223372036854775807", "-9223372036854775808", "1e5", "1.0",
                 "'", "x" * 300, "\t+0\n", "٣_٤"]
        for s in cases:
            self.assertEqual(outcome(N.builtin_int_str, s), outcome(int, s), s)
        for s in ["0x1f", "0X1F", "1f", "0b101", "0o17", "017", "0", "00", "0_0", "0x_1f", "0x", "-0x10", "z", "Z1",
                  "0b2", "1_0", "0x__1"]:
            for base in [0, 2, 8, 10, 16, 36]:
                self.assertEqual(outcome(N.builtin_int_str_base, s, base), outcome(int, s, base), (s, base))
        self.assertEqual(outcome(N.builtin_int_str_base, "1", 1), outcome(int, "1", 1))
        self.assertEqual(outcome(N.builtin_int_str, "9223372036854775808"), ("OverflowError", "integer overflow"))

    def test_float_str(self) -> None:
        cases = ["1.5", " -1.5e10 ", "inf", "-Infinity", "+nan", "NaN", "nan1", "1_000.5", "1__0", "1_.5", "1._5",
                 "1e1_0", "1e_10", ".5", "5.", ".", "", "e5", "1e", "0x10", "\u0661.\u0662", "1.5\u2003", "infinit",
                 "-.5e-3", "1" * 400, "1e400", "-1e-400", "1.7976931348623157e308", "4.9e-324", "+-1", "_1", "1_"]
        for s in cases:
            got = outcome(N.builtin_float_str, s)
            exp = outcome(float, s)
            if isinstance(exp, float) and math.isnan(exp):
                self.assertTrue(isinstance(got, float) and math.isnan(got), s)
            else:
                self.assertEqual(got, exp, s)
        rng = random.Random(3)
        for _ in range(5000):
            x = rand_float(rng)
            if not math.isnan(x):
                self.assertEqual(N.builtin_float_str(repr(x)), x)

    def test_round(self) -> None:
        rng = random.Random(4)
        for _ in range(30000):
            x = rand_float(rng)
            n = rng.randint(-25, 25)
            got = outcome(N.builtin_round_float, x, n)
            exp = outcome(round, x, n)
            if isinstance(exp, float) and math.isnan(exp):
                continue
            self.assertEqual(repr(got), repr(exp), (x, n))
            if not math.isinf(x) and not math.isnan(x) and abs(x) < 9e18:
                self.assertEqual(N.builtin_round_float1(x), round(x), x)
            i = rng.randint(-10**15, 10**15)
            self.assertEqual(N.builtin_round_int(i, n), round(i, n), (i, n))
        self.assertEqual(outcome(N.builtin_round_float1, math.inf), outcome(round, math.inf))
        # round(int, n): every n on values near the 64-bit limits, halfway cases
        ints = [0, 1, -1, 5, -5, 15, 25, 35, -25, -35, 45, 50, 150, 250, -250, 123, -123, 999, 10**18,
                -(10**18), 5 * 10**18, -5 * 10**18, 5 * 10**18 + 1, -5 * 10**18 - 1, 2**63 - 1, -(2**63),
                -(2**63) + 1, 2**63 - 2, 9223372036854775000, -9223372036854775000, 9223372036854775807 - 49,
                9223372036854775807 - 50, 9223372036854775807 - 51, 45 * 10**17, 55 * 10**17, -55 * 10**17]
        for i in ints + [rng.randint(-2**63, 2**63 - 1) for _ in range(300)]:
            for n in range(-25, 6):
                exp = round(i, n)
                if not -(2**63) <= exp < 2**63:
                    exp = ("OverflowError", "integer overflow")
                self.assertEqual(outcome(N.builtin_round_int, i, n), exp, (i, n))
        # round(float, n) with large negative n and huge floats
        for x in [1.7976931348623157e308, -1.7976931348623157e308, 1e308, 5e307, 9.5e307, 1.5e308, 4.5e307,
                  1e300, 5e-324, 123.456, 2.5, -2.5]:
            for n in list(range(-330, -290)) + [-20, -1, 0, 1, 300, 330]:
                got = outcome(N.builtin_round_float, x, n)
                exp = outcome(round, x, n)
                self.assertEqual(repr(got), repr(exp), (x, n))
        self.assertEqual(outcome(N.builtin_round_float1, math.nan), outcome(round, math.nan))

    def test_int_helpers(self) -> None:
        rng = random.Random(5)
        for _ in range(5000):
            x = rng.choice([rng.randint(-2**63, 2**63 - 1), rng.randint(-300, 300), -(2**63), 0])
            self.assertEqual(N.builtin_hex(x), hex(x))
            self.assertEqual(N.builtin_oct(x), oct(x))
            self.assertEqual(N.builtin_bin(x), bin(x))
            b = rng.randint(2, 36)
            y = rng.randint(-50, 50)
            if y != 0:
                self.assertEqual(N.builtin_divmod_int(x, y), divmod(x, y))
            a = rng.randint(-20, 20)
            e = rng.randint(0, 70)
            exp = a**e
            if -(2**63) <= exp < 2**63:
                self.assertEqual(N.builtin_pow_int(a, e), exp)
            else:
                self.assertEqual(outcome(N.builtin_pow_int, a, e), ("OverflowError", "integer overflow"))
            self.assertTrue(b >= 2)
        self.assertEqual(outcome(N.builtin_abs_int, -(2**63)), ("OverflowError", "integer overflow"))
        self.assertEqual(N.builtin_abs_float(-0.0), 0.0)
        self.assertEqual(repr(N.builtin_abs_float(-0.0)), "0.0")
        self.assertEqual(N.builtin_divmod_float(7.5, -2.0), divmod(7.5, -2.0))
        self.assertEqual(outcome(N.builtin_divmod_float, 1.0, 0.0), outcome(divmod, 1.0, 0.0))
        for x in [1.0, 1.5, -0.0, 1e300, math.inf, math.nan]:
            self.assertEqual(N.float_is_integer(x), x.is_integer(), x)
        self.assertEqual(N.builtin_pow_int(-2, 63), -(2**63))
