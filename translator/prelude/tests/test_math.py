"""The math module (mathlib.py over _prims' libm primitives) against
CPython's math module: values bit for bit (CPython calls the same C
library on this machine) and the same exceptions."""

import math
import random
import struct
import unittest

import _prims as P
import mathlib as M


def outcome(fn, *args):  # type: ignore[no-untyped-def]
    try:
        r = fn(*args)
    except Exception as e:  # noqa: BLE001
        return (type(e).__name__, str(e))
    if isinstance(r, float):
        # Compare floats by their bits (-0.0, NaN).
        return ("float", struct.pack("<d", r) if r == r else "nan")
    return r


def rand_float(rng: random.Random) -> float:
    k = rng.random()
    if k < 0.3:
        return struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
    if k < 0.6:
        return rng.uniform(-10.0, 10.0)
    if k < 0.7:
        return rng.uniform(-1.0, 1.0)
    if k < 0.8:
        return 10.0 ** rng.uniform(-30, 30) * rng.choice([1.0, -1.0])
    if k < 0.9:
        return float(rng.randint(-1000, 1000)) / rng.choice([1, 2, 4, 10])
    return rng.choice(SPECIAL)


SPECIAL = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, math.inf, -math.inf, math.nan, 5e-324, -5e-324,
           2.2250738585072014e-308, 1.7976931348623157e308, -1.7976931348623157e308, 1e308, 710.0,
           -710.0, 709.78, 1e-300, math.pi, math.e, 1e16, 2.0 ** 52 + 0.5]

ONE_ARG = ["sqrt", "exp", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan", "asin", "acos",
           "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "fabs", "degrees", "radians",
           "isfinite", "isnan", "isinf"]
TWO_ARGS = ["atan2", "hypot", "pow", "fmod", "copysign"]


class MathTest(unittest.TestCase):
    def test_one_argument(self) -> None:
        rng = random.Random(5)
        xs = SPECIAL + [rand_float(rng) for _ in range(20000)]
        for name in ONE_ARG:
            ours = getattr(M, "math_" + name)
            theirs = getattr(math, name)
            for x in xs:
                self.assertEqual(outcome(ours, x), outcome(theirs, x), (name, x))

    def test_two_arguments(self) -> None:
        rng = random.Random(6)
        pairs = [(x, y) for x in SPECIAL for y in SPECIAL]
        pairs += [(rand_float(rng), rand_float(rng)) for _ in range(20000)]
        for name in TWO_ARGS:
            ours = getattr(M, "math_" + name)
            theirs = getattr(math, name)
            for x, y in pairs:
                self.assertEqual(outcome(ours, x, y), outcome(theirs, x, y), (name, x, y))

    def test_hypot_is_correctly_rounded_like_cpython(self) -> None:
        # CPython's hypot is not the C library's: more accurate. The
        # prelude's must agree with it, across the whole exponent range.
        rng = random.Random(7)
        for _ in range(100000):
            k = rng.random()
            if k < 0.4:
                x, y = rng.uniform(-10, 10), rng.uniform(-10, 10)
            elif k < 0.7:
                x, y = 10.0 ** rng.uniform(-320, 308), 10.0 ** rng.uniform(-320, 308)
            else:
                x = 10.0 ** rng.uniform(-300, 300)
                y = x * rng.uniform(0.1, 10)
            self.assertEqual(outcome(M.math_hypot, x, y), outcome(math.hypot, x, y), (x, y))

    def test_log_base(self) -> None:
        for x, b in [(8.0, 2.0), (100.0, 10.0), (1.0, 10.0), (0.0, 2.0), (-1.0, 2.0), (2.0, 1.0), (2.0, 0.0),
                     (math.inf, 2.0), (2.0, math.inf), (math.nan, 2.0), (1e300, 1e-300)]:
            self.assertEqual(outcome(M.math_log_base, x, b), outcome(math.log, x, b), (x, b))

    def test_floor_ceil_trunc(self) -> None:
        rng = random.Random(8)
        xs = SPECIAL + [rand_float(rng) for _ in range(20000)]
        for name in ["floor", "ceil", "trunc"]:
            ours = getattr(M, "math_" + name)
            theirs = getattr(math, name)
            for x in xs:
                want = outcome(theirs, x)
                if isinstance(want, int) and not -(1 << 63) <= want < (1 << 63):
                    # Translated ints are 64-bit.
                    want = ("OverflowError", "integer overflow")
                self.assertEqual(outcome(ours, x), want, (name, x))

    def test_isclose(self) -> None:
        vals = [0.0, -0.0, 1.0, 1.0 + 1e-10, 1.0 + 1e-8, 1e-12, -1e-12, 100.0, 101.0, math.inf, -math.inf,
                math.nan, 1e308, 5e-324]
        tols = [0.0, 1e-9, 1e-2, 0.5, -1.0]
        for a in vals:
            for b in vals:
                for rt in tols:
                    for at in tols:
                        self.assertEqual(outcome(M.math_isclose, a, b, rt, at),
                                         outcome(lambda: math.isclose(a, b, rel_tol=rt, abs_tol=at)),
                                         (a, b, rt, at))
                self.assertEqual(M.math_isclose(a, b), math.isclose(a, b), (a, b))

    def test_primitives_are_c(self) -> None:
        # The raw primitives give C's NaN and infinities instead of raising.
        inf, nan = math.inf, math.nan
        self.assertTrue(math.isnan(P.fsqrt(-1.0)))
        self.assertEqual(P.flog(0.0), -inf)
        self.assertTrue(math.isnan(P.flog(-1.0)))
        self.assertEqual(P.flog1p(-1.0), -inf)
        self.assertEqual(P.fexp(1000.0), inf)
        self.assertEqual(P.fsinh(-1000.0), -inf)
        self.assertEqual(P.fcosh(-1000.0), inf)
        self.assertEqual(P.fatanh(-1.0), -inf)
        self.assertTrue(math.isnan(P.fasin(2.0)))
        self.assertTrue(math.isnan(P.fsin(inf)))
        self.assertTrue(math.isnan(P.fcfmod(1.0, 0.0)))
        self.assertTrue(math.isnan(P.fcfmod(inf, 1.0)))
        self.assertEqual(P.fcfmod(-7.0, 3.0), -1.0)
        self.assertEqual(P.fcfmod(1.0, inf), 1.0)
        self.assertEqual(str(P.ffloor(-0.0)), "-0.0")
        self.assertEqual(str(P.fceil(-0.5)), "-0.0")
        self.assertEqual(P.ffloor(-0.5), -1.0)
        self.assertEqual(P.fceil(inf), inf)
        self.assertTrue(math.isnan(P.ffloor(nan)))


if __name__ == "__main__":
    unittest.main()
