"""str/bytes methods against CPython."""

import random
import unittest

import chars
import str_methods as S

ALPHA = ["a", "b", " ", "\t", "\n", "x", "ab", "A", "\u00e9", "\u00c9", "\U0001F600", "\u2003", "ß", "Σ", "İ",
         "\r\n", "\x85", "ǅ", "'", '"', "\\", "\x00", "\u0378", "\ud800", "1", "\u0661", "²", "_", "ﬁ"]


def rand_str(rng: random.Random, n: int, pool: list[str] = ALPHA) -> str:
    return "".join(rng.choice(pool) for _ in range(rng.randint(0, n)))


class StrTest(unittest.TestCase):
    def test_methods_random(self) -> None:
        rng = random.Random(2)
        for _ in range(4000):
            s = rand_str(rng, 12)
            sub = rand_str(rng, 2, ALPHA[:4])
            st = rng.randint(-15, 15)
            en = rng.randint(-15, 15)
            ms = rng.randint(-1, 3)
            checks = [
                ("find", S.str_find(s, sub, st, en), s.find(sub, st, en)),
                ("find1", S.str_find(s, sub, st), s.find(sub, st)),
                ("rfind", S.str_rfind(s, sub, st, en), s.rfind(sub, st, en)),
                ("count", S.str_count(s, sub, st, en), s.count(sub, st, en)),
                ("startswith", S.str_startswith(s, sub, st, en), s.startswith(sub, st, en)),
                ("endswith", S.str_endswith(s, sub, st, en), s.endswith(sub, st, en)),
                ("split", S.str_split(s, None, ms), s.split(None, ms)),
                ("rsplit", S.str_rsplit(s, None, ms), s.rsplit(None, ms)),
                ("strip", S.str_strip(s), s.strip()),
                ("lstrip", S.str_lstrip(s, sub), s.lstrip(sub)),
                ("rstrip", S.str_rstrip(s, sub), s.rstrip(sub)),
                ("replace", S.str_replace(s, sub, "Z", ms), s.replace(sub, "Z", ms)),
                ("upper", S.str_upper(s), s.upper()),
                ("lower", S.str_lower(s), s.lower()),
                ("capitalize", S.str_capitalize(s), s.capitalize()),
                ("title", S.str_title(s), s.title()),
                ("swapcase", S.str_swapcase(s), s.swapcase()),
                ("casefold", S.str_casefold(s), s.casefold()),
                ("expandtabs", S.str_expandtabs(s, ms + 2), s.expandtabs(ms + 2)),
                ("expandtabs8", S.str_expandtabs(s), s.expandtabs()),
                ("splitlines", S.str_splitlines(s, ms > 0), s.splitlines(ms > 0)),
                ("center", S.str_center(s, en, "*"), s.center(en, "*")),
                ("ljust", S.str_ljust(s, en), s.ljust(en)),
                ("rjust", S.str_rjust(s, en, "-"), s.rjust(en, "-")),
                ("zfill", S.str_zfill(s, en), s.zfill(en)),
                ("isupper", S.str_isupper(s), s.isupper()),
                ("islower", S.str_islower(s), s.islower()),
                ("istitle", S.str_istitle(s), s.istitle()),
                ("isspace", S.str_isspace(s), s.isspace()),
                ("isalpha", S.str_isalpha(s), s.isalpha()),
                ("isalnum", S.str_isalnum(s), s.isalnum()),
                ("isdigit", S.str_isdigit(s), s.isdigit()),
                ("isdecimal", S.str_isdecimal(s), s.isdecimal()),
                ("isnumeric", S.str_isnumeric(s), s.isnumeric()),
                ("isprintable", S.str_isprintable(s), s.isprintable()),
                ("repr", chars.builtin_repr_str(s), repr(s)),
                ("ascii", chars.builtin_ascii_str(s), ascii(s)),
                ("ascii_of_repr", chars.builtin_ascii_of_repr(repr(s)), ascii(s)),
                ("repeat", S.str_repeat(s, ms), s * ms),
                ("partition", S.str_partition(s, sub or "a"), s.partition(sub or "a")),
                ("rpartition", S.str_rpartition(s, sub or "a"), s.rpartition(sub or "a")),
                ("lt", S.str_lt(s, sub), s < sub),
                ("getslice", S.str_getslice(s, st, en, ms or 2, True, ms > 0), s[st:(en if ms > 0 else None):(ms or 2)]),
            ]
            if sub:
                checks.append(("splitsep", S.str_split(s, sub, ms), s.split(sub, ms)))
                checks.append(("rsplitsep", S.str_rsplit(s, sub, ms), s.rsplit(sub, ms)))
            for name, got, exp in checks:
                self.assertEqual(got, exp, (name, s, sub, st, en, ms))

    def test_chars_all(self) -> None:
        for cp in range(0x110000):
            if cp % 211 != 0 and cp > 0x800:
                continue
            c = chr(cp)
            if 0xD800 <= cp < 0xE000:
                continue
            self.assertEqual(chars.char_upper(cp), c.upper(), hex(cp))
            self.assertEqual(chars.char_lower(cp), c.lower(), hex(cp))
            self.assertEqual(chars.char_title(cp), c.title(), hex(cp))
            self.assertEqual(chars.char_casefold(cp), c.casefold(), hex(cp))
            self.assertEqual(chars.char_isalpha(cp), c.isalpha(), hex(cp))
            self.assertEqual(chars.char_isspace(cp), c.isspace(), hex(cp))
            self.assertEqual(chars.char_isprintable(cp), c.isprintable(), hex(cp))
            self.assertEqual(chars.char_isalnum(cp), c.isalnum(), hex(cp))
            self.assertEqual(chars.char_isdigit(cp), c.isdigit(), hex(cp))

    def test_errors(self) -> None:
        with self.assertRaises(ValueError) as cm:
            S.str_index("abc", "d")
        self.assertEqual(str(cm.exception), "substring not found")
        with self.assertRaises(ValueError) as cm:
            S.str_split("abc", "")
        self.assertEqual(str(cm.exception), "empty separator")
        with self.assertRaises(TypeError) as cm:
            S.str_ljust("abc", 5, "ab")
        self.assertEqual(str(cm.exception), "The fill character must be exactly one character long")
        self.assertEqual(S.str_index("abcabc", "c", 3), 5)

    def test_bytes(self) -> None:
        rng = random.Random(4)
        pool = [0x41, 0x80, 0xBF, 0xC2, 0xE0, 0xED, 0xF0, 0xF4, 0xFF, 0xA0, 0x90, 0x8F, 0xC0, 0x27, 0x22, 0x5C, 0x0A, 0x00]
        for _ in range(5000):
            b = bytes(rng.choice(pool) for _ in range(rng.randint(0, 7)))
            self.assertEqual(chars.builtin_repr_bytes(b), repr(b))
            for enc in ["utf-8", "ascii", "latin-1"]:
                for err in ["strict", "replace", "ignore"]:
                    try:
                        exp = b.decode(enc, err)
                    except UnicodeDecodeError as e:
                        exp = ("E", str(e))
                    try:
                        got = S.bytes_decode(b, enc, err)
                    except UnicodeDecodeError as e:
                        got = ("E", str(e))
                        self.assertEqual(str(e), S.unicode_decode_error_message(e.encoding, e.object, e.start, e.end, e.reason))
                    self.assertEqual(got, exp, (b, enc, err))
            st = rng.randint(-8, 8)
            sp = rng.randint(-8, 8)
            step = rng.choice([1, 2, -1, -3])
            self.assertEqual(S.bytes_getslice(b, st, sp, step, True, True), b[st:sp:step])
            self.assertEqual(S.bytes_hex(b), b.hex())
            parts = [b, b[1:], b""][: rng.randint(0, 3)]
            self.assertEqual(S.bytes_join(b[:2], parts), b[:2].join(parts))
        for s in ["abc", "é", "\U0001F600x", "a\u20acb\u20ac", "\udc80"]:
            for enc in ["utf-8", "ascii", "latin-1"]:
                for err in ["strict", "replace", "ignore"]:
                    try:
                        exp = s.encode(enc, err)
                    except UnicodeEncodeError as e:
                        exp = ("E", str(e))
                    try:
                        got = S.str_encode(s, enc, err)
                    except UnicodeEncodeError as e:
                        got = ("E", str(e))
                        self.assertEqual(str(e), S.unicode_encode_error_message(e.encoding, e.object, e.start, e.end, e.reason))
                    self.assertEqual(got, exp, (s, enc, err))
