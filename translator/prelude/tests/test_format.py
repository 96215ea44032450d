"""Format specs, %-formatting and str.format against CPython."""

import random
import struct
import unittest

import formatting as F

SPECS = ["", "<24", ">8", "^", "^9", "*^9", "2d", ".3f", "x", "X", "#x", "#o", "b", "#b", ",", "_", "08.3f", "e",
         ".2e", "g", ".3g", "%", ".1%", "+d", " d", "010,", "010,.2f", "+.2f", "=+10", ">+10.3e", "#.0f", "#.0e",
         "#g", "n", ".3", ".12", "12.4g", "z.1f", "c", "_x", "#010x", "^+12,.2f", "0=12", "E", "G", "F", ".0",
         "15,", "012_", "s", "-", "++", ",_"]


def outcome(fn, *args):  # type: ignore[no-untyped-def]
    try:
        return fn(*args)
    except Exception as e:  # noqa: BLE001
        return (type(e).__name__, str(e))


def arg(v: object) -> F.FmtArg:
    if isinstance(v, bool):
        return F.fmtarg_bool(v)
    if isinstance(v, int):
        return F.fmtarg_int(v)
    if isinstance(v, float):
        return F.fmtarg_float(v)
    if isinstance(v, str):
        return F.fmtarg_str(v)
    return F.fmtarg_obj(str(v), repr(v), type(v).__name__)


class FormatTest(unittest.TestCase):
    def test_specs_random(self) -> None:
        rng = random.Random(9)
        for _ in range(20000):
            k = rng.random()
            spec = rng.choice(SPECS)
            if k < 0.4:
                x = rng.choice([0, 1, -1, 7, 255, 1234567, -987654321, 2**63 - 1, -(2**63), rng.randint(-10**6, 10**6)])
                self.assertEqual(outcome(F.format_int, x, spec), outcome(format, x, spec), (x, spec))
            elif k < 0.8:
                y = rng.choice([0.0, -0.0, 1.5, -2.25, 1e16, 1e-5, 123.456, float("inf"), float("nan"), -float("inf"),
                                0.1, 1e300, 2.5, 0.125, -0.0001, 9.9999, 0.5, 1.0, 1e22,
                                struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0], rng.uniform(-1e6, 1e6)])
                self.assertEqual(outcome(F.format_float, y, spec), outcome(format, y, spec), (y, spec))
            else:
                s = rng.choice(["", "abc", "héllo wörld", "\U0001F600"])
                spec = rng.choice(SPECS + [".2", "<10.1"])
                self.assertEqual(outcome(F.format_str, s, spec), outcome(format, s, spec), (s, spec))
        self.assertEqual(F.format_bool(True, ""), "True")
        self.assertEqual(F.format_bool(True, ">5d"), "    1")
        self.assertEqual(outcome(F.format_obj, "x", "5", "Foo"), ("TypeError", "unsupported format string passed to Foo.__format__"))

    def test_spec_validation(self) -> None:
        """CPython's errors and their order, the '0' flag with alignments, bool's type name."""
        specs = ["#c", "z", "zd", "z,", "010", "<010", "^010", "*<010", "=010", "0", "00", "05s", "__", ",,", ",_",
                 "_,", ",c", ",n", "_n", "_x", ",x", ",q", "q", "\xe9", ",\xe9", " ", " s", "+", "x<", "\x01",
                 ",\x01", "z#c", "+c", "+#c", ".2c", "z.1", "Z", "1.1.1", "10.2fx", "-z", "z-", "#", "#s", ",s",
                 "_s", "=", "=5", ".2q", "z.1f", "0=10,", "010,d", "0<10,", "+010.3f", "z ", "99999999999999999999",
                 "1.", ",.2f", "_b", "_o", ",%", "_e", "#010x", "5c", "^5c", "x^7,d", "-^09.3e", "0>3", "z,.1%",
                 "\u0663", "\u0663.\u0662", "0\u0663", "\u0660\u0663", "\u0663.\u0662f", "9\u0669999999999999999999"]
        for spec in specs:
            for x in [5, -3, 0, 1234567]:
                self.assertEqual(outcome(F.format_int, x, spec), outcome(format, x, spec), (x, spec))
            for b in [True, False]:
                self.assertEqual(outcome(F.format_bool, b, spec), outcome(format, b, spec), (b, spec))
            for y in [2.5, -0.0, -1234.5678]:
                self.assertEqual(outcome(F.format_float, y, spec), outcome(format, y, spec), (y, spec))
            for s in ["x", ""]:
                self.assertEqual(outcome(F.format_str, s, spec), outcome(format, s, spec), (s, spec))

    def test_float_alternate(self) -> None:
        """'#' on floats, with and without a presentation type: the point
        stays ('1.e+16' with no type, '1.' with '.0f'), with grouping,
        width, fill and '0'."""
        values = [0.0, -0.0, 1e16, 1e-7, 1e300, 1.5, 100.0, 1234567.0, 1e15, 1e17, 0.0001, 1e-5, -2.5e-20,
                  123456789012345678.0, float("inf"), float("nan"), 3.0, 1e22, 9.5, 0.5, -1e16]
        specs = ["#", "#g", "#.3", "#.0e", "#.0f", "#.0%", "#,", "#_", "#20", "*^#20", "#020", "#020,", "#.0",
                 "#.1", "#.3g", "#G", "#E", "#>12.2", "#,.0f", "#e", "#%", "#n", "#.0g", "#.0n", "#012.0e", "z#",
                 "+#", " #", "#<10,", "#.17", "#.0%"]
        for y in values:
            for spec in specs:
                self.assertEqual(outcome(F.format_float, y, spec), outcome(format, y, spec), (y, spec))

    def test_mod_star(self) -> None:
        """'*' width/precision, length modifiers, '%' after flags, CPython's errors."""
        cases = [("%5%|", ()), ("%5%|", (1,)), ("%-%|", (1,)), ("%%|", ()), ("%ld|%hi|%Lf", (1, 2, 3.0)), ("%l", (1,)),
                 ("%.", (1,)), ("%*", (1,)), ("%*", ()), ("%*d", (5,)), ("%*d", (5, 1)), ("%*d", (-5, 1)),
                 ("%-*d|", (-5, 1)), ("%.*f", (2, 3.14159)), ("%.*f", (-2, 3.14159)), ("%*.*f|", (8, 2, 3.14159)),
                 ("%*d", (5.0, 1)), ("%*d", ("5", 1)), ("%.*d", (True, 1)), ("%\x01", (1,)), ("%\xe9", (1,)),
                 ("%y", ()), ("%0*d", (5, -3)), ("%*c", (3, 65)), ("%.*s", (1, "abc")), ("%*%", (1, 2)),
                 ("%99999999999999999999d", (1,)), ("%.99999999999d", (1,)), ("%.*f", (2**40, 1.0))]
        for fmt, args in cases:
            self.assertEqual(outcome(F.str_mod, fmt, [arg(a) for a in args]), outcome(lambda: fmt % args), (fmt, args))

    def test_mod(self) -> None:
        cases = [
            ("%s %d %r %x %f %.2f %5d %-5d| %05d %%", ("a", 42, "b'c", 255, 1.5, 2.345, 7, 7, -42)),
            ("%s", (1.0,)), ("%r", (1e16,)), ("%d", (3.99,)), ("%i|%u", (-3, 4)), ("%X|%#x|%#o|%o", (255, 255, 8, 8)),
            ("%e|%E|%g|%G|%.3g|%10.2e", (12345.678, 0.000123, 1e-5, 1e20, 2.0, -3.14159)),
            ("%+d|% d|%+.1f|% 5.1f", (5, 5, 2.25, -2.25)), ("%c%c", (65, "b")), ("%.2s|%5s|%-5s|", ("abc", "ab", "ab")),
            ("%s %s", (True, None)), ("%d", (True,)), ("%5.3d|%-8.3x|", (7, 10)), ("%a", ("é",)), ("%08.3f", (-3.14159,)),
            ("%d", ("x",)), ("%x", (1.5,)), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%f", ("x",)), ("%q", (1,)),
            ("%", ()), ("%s %s", ([1, 2], (3,))), ("%x", (-255,)), ("%#X", (-255,)), ("%.0f|%.0f|%.0f", (0.5, 1.5, 2.5)),
            ("%g|%g|%g", (float("inf"), float("nan"), -0.0)), ("%c", (0x110000,)),
            # A '%(key)' field without a mapping, and CPython's other errors.
            ("%(x)s", ("ab", 42)), ("%(x)s", ()), ("%(x)s", (1,)), ("%s %(x)s", (1, 2)), ("%s %(x)s", (1,)),
            ("%(", (1,)), ("%(x", (1,)), ("%-(x)s", (1,)), ("%5(x)s", (1,)), ("%%(x)s", ()), ("%(x)s %", (1,)),
            ("%s %s", (1,)), ("%s", ()), ("%s", (1, 2)), ("%d %d", (1, 2, 3)), ("abc", (1,)), ("abc", ()),
            ("%", (1,)), ("%5", (1,)), ("%.", ()), ("%-", (1,)), ("%#", (1,)), ("%c", ("ab",)), ("%c", ("",)),
            ("%c", (1.5,)), ("%c", (None,)), ("%c", (-1,)), ("%c", (True,)), ("%5.2c|", ("x",)), ("%d", (None,)),
            ("%x", ("a",)), ("%o", (1.0,)), ("%e", ("a",)), ("%g", (None,)), ("%i", ([1],)), ("%u", (2.7,)),
            ("%z", (1,)), ("%\n", (1,)), ("%s%", (1,)), ("%.*s", ("a", "b")), ("%*.*d", (1,)),
        ]
        for fmt, args in cases:
            self.assertEqual(outcome(F.str_mod, fmt, [arg(a) for a in args]), outcome(lambda: fmt % args), (fmt, args))

    def test_str_format(self) -> None:
        cases = [
            ("{} {}", (1, "a"), {}), ("{0} {1} {0}", (1, 2), {}), ("{:>8}|{:<4}|{:^7}", ("ab", 1, 2.5), {}),
            ("{x} {y!r} {0:.2f}", (3.14159,), {"x": "X", "y": "Y"}), ("{{}} {{{}}}", (5,), {}),
            ("{:{}}", ("ab", 5), {}), ("{!r:>6}", ("a",), {}), ("{} {1}", (1, 2), {}), ("{1} {}", (1, 2), {}),
            ("{}", (), {}), ("{z}", (), {}), ("{", (), {}), ("}", (), {}), ("{!a}", ("é",), {}), ("{:,}", (1234567,), {}),
            ("{0!s:5}|{0!r}", (1.5,), {}), ("{:d}", ("x",), {}), ("{}", (True,), {}), ("{:5}", (True,), {}),
            ("{}", ([1, "a"],), {}), ("{:x}", ([1],), {}), ("{!x}", (1,), {}),
        ]
        # Field parsing as CPython's MarkupIterator/parse_field/get_field_object,
        # with its errors and their order.
        fields = ["{0:{1:}}|", "{0:{1:d}}|", "{:{!s}}|", "{:{:}}|", "{0 }", "{1x}", "{0x}", "{1_0}", "{\u0663}", "{0!r",
                  "{0:>", "{", "}", "{0!}", "{0!rr}", "{0!x}", "{:{:{}}}", "{0[}", "{}{0}", "{0}{}", "{0!}}", "{0!}x}",
                  "{!", "{0!", "{0", "{ ", "a{{b}}c", "}}{{", "{0:{{}}}", "{0:{1}}", "{0:{1:{0}}}", "{0:}}", "{0!r:}",
                  "{0!r}", "{0!s:>{1}}", "{99999999999999999999}", "{99999999999999999999x}", "{0.}", "{0[]}",
                  "{0]}", "{a}", "{a[}", "x}", "{0!\x01}", "{0!\xe9}", "{:{}}{}", "{0:{}}", "{0:{a}}", "{0:{!r}}",
                  "{0:{1!x}}", "{0!x:{9}}", "{9!x}", "{:>{1}{}}", "{0:{1}{1}}", "{{{0}}}", "{0{}", "{0:{", "{0:{1",
                  "{0!r:{", "{0:\u0663}", "{a!r:<{1}}", "{00}", "{-1}", "{+1}", "{ 1}", "{1 }", "{\U0001d7d8}",
                  "{{}", "{}}", "{0[a]", "{0:{0[}}", "{0!r[}", "{5[0]}", "{b.x}", "{:{}}{2}", "{0:{1}.{1}}",
                  "{0:{{}", "{0!a:{1}}", "{\u0661\u0660}", "{0}{1}{a}"]
        for fmt in fields:
            for args, kw in [((3, 12), {"a": "A"}), (("ab", 4), {}), ((2.5, "x", 7), {"a": 1.5})]:
                cases.append((fmt, args, kw))
        for fmt, args, kw in cases:
            names = list(kw.keys())
            got = outcome(F.str_format_kw, fmt, [arg(a) for a in args], names, [arg(kw[k]) for k in names])
            exp = outcome(lambda: fmt.format(*args, **kw))
            self.assertEqual(got, exp, (fmt, args, kw))
        # An item or attribute of an argument is not available (the
        # arguments are formatted values): a clear ValueError, never a
        # wrong KeyError/IndexError.
        for fmt in ["{0[1]}", "{p.x}", "{.real}", "{0:{1[0]}}"]:
            got = outcome(F.str_format_kw, fmt, [arg([1, 2]), arg([3])], ["p"], [arg(1)])
            self.assertEqual(got[0], "ValueError", fmt)
            self.assertIn("not supported by the translated program", got[1], fmt)
