"""Generate ../_unicode_tables.py from CPython's unicodedata (run with
CPython 3.11: python3 translator/prelude/tests/gen_tables.py).

Every table is a str constant (cheap for the translator: one string
constant, no list to build at start-up). Numbers are written as 5 letters
'a'..'p' (base 16, most significant first). Range tables hold sorted
boundaries b0 < b1 < ...: a code point is in the set when an odd number
of boundaries are <= it.
"""

import os
import sys
import unicodedata

MAXCP = 0x110000


def enc(n: int) -> str:
    assert 0 <= n < 16**5, n
    out = ""
    for shift in (16, 12, 8, 4, 0):
        out += chr(97 + ((n >> shift) & 15))
    return out


def ranges(pred) -> str:
    out = []
    inside = False
    for cp in range(MAXCP):
        p = pred(cp)
        if p != inside:
            out.append(cp)
            inside = p
    if inside:
        out.append(0xFFFFF)
    return "".join(enc(b) for b in out)


def is_cased_lower(c: str) -> bool:
    return c.islower()


def runs(mapping: dict[int, int]) -> str:
    """(start, count, stride, delta + 0x80000) runs of 1:1 mappings."""
    items = sorted(mapping.items())
    out = []
    i = 0
    while i < len(items):
        start, tgt = items[i]
        delta = tgt - start
        stride = 1
        if i + 1 < len(items):
            s2, t2 = items[i + 1]
            if t2 - s2 == delta and s2 - start == 2:
                stride = 2
        count = 1
        while i + count < len(items):
            s2, t2 = items[i + count]
            if s2 == start + count * stride and t2 - s2 == delta:
                count += 1
            else:
                break
        out.append(enc(start) + enc(count) + enc(stride) + enc(delta + 0x80000))
        i += count
    return "".join(out)


def specials(fn) -> str:
    """(cp, c1, c2, c3) entries for mappings to 2 or 3 code points (0 pads)."""
    out = []
    for cp in range(MAXCP):
        if 0xD800 <= cp < 0xE000:
            continue
        m = fn(chr(cp))
        if len(m) > 1:
            cps = [ord(x) for x in m] + [0] * (3 - len(m))
            out.append(enc(cp) + "".join(enc(x) for x in cps))
    return "".join(out)


def simple(fn) -> dict[int, int]:
    d = {}
    for cp in range(MAXCP):
        if 0xD800 <= cp < 0xE000:
            continue
        m = fn(chr(cp))
        if len(m) == 1 and ord(m) != cp:
            d[cp] = ord(m)
    return d


def title_diff() -> dict[int, int]:
    # 1:1 title mappings that differ from the upper mapping.
    d = {}
    for cp in range(MAXCP):
        if 0xD800 <= cp < 0xE000:
            continue
        c = chr(cp)
        t = c.title()
        if t != c.upper() and len(t) == 1:
            d[cp] = ord(t)
    return d


def title_specials() -> str:
    out = []
    for cp in range(MAXCP):
        if 0xD800 <= cp < 0xE000:
            continue
        c = chr(cp)
        t = c.title()
        if t != c.upper() and len(t) > 1:
            cps = [ord(x) for x in t] + [0] * (3 - len(t))
            out.append(enc(cp) + "".join(enc(x) for x in cps))
    return "".join(out)


def fold_diff() -> str:
    """(cp, c1, c2, c3) entries where casefold differs from lower."""
    out = []
    for cp in range(MAXCP):
        if 0xD800 <= cp < 0xE000:
            continue
        c = chr(cp)
        f = c.casefold()
        if f != c.lower():
            cps = [ord(x) for x in f] + [0] * (3 - len(f))
            out.append(enc(cp) + "".join(enc(x) for x in cps))
    return "".join(out)


def main() -> None:
    tables = {
        "PRINTABLE": ranges(lambda cp: chr(cp).isprintable()),
        "ALPHA": ranges(lambda cp: chr(cp).isalpha()),
        "DECIMAL": ranges(lambda cp: chr(cp).isdecimal()),
        "DIGIT": ranges(lambda cp: chr(cp).isdigit()),
        "NUMERIC": ranges(lambda cp: chr(cp).isnumeric()),
        "SPACE": ranges(lambda cp: chr(cp).isspace()),
        "LOWER": ranges(lambda cp: chr(cp).islower()),
        "UPPER": ranges(lambda cp: chr(cp).isupper()),
        "TITLE": ranges(lambda cp: chr(cp).istitle() and not chr(cp).isupper()),
        "CASED": ranges(lambda cp: unicodedata.category(chr(cp)) in ("Lu", "Ll", "Lt") or chr(cp).islower() or chr(cp).isupper()),
        "CASE_IGNORABLE": ranges(lambda cp: unicodedata.category(chr(cp)) in ("Mn", "Me", "Cf", "Lm", "Sk") or chr(cp) in "'.:^`\u00ad\u00b7\u2018\u2019\u2024\u2027"),
        "UPPER_RUNS": runs(simple(str.upper)),
        "LOWER_RUNS": runs(simple(str.lower)),
        "TITLE_RUNS": runs(title_diff()),
        "UPPER_SPECIAL": specials(str.upper),
        "LOWER_SPECIAL": specials(str.lower),
        "TITLE_SPECIAL": title_specials(),
        "FOLD_SPECIAL": fold_diff(),
        # str.isidentifier: XID_Start or '_' first (the one-char strings
        # that are identifiers), then XID_Continue (what may follow 'a').
        "ID_START": ranges(lambda cp: chr(cp).isidentifier()),
        "ID_CONTINUE": ranges(lambda cp: ("a" + chr(cp)).isidentifier()),
    }
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(os.path.dirname(here), "_unicode_tables.py")
    with open(path, "w") as f:
        f.write('"""Unicode %s character tables, generated by tests/gen_tables.py\n' % unicodedata.unidata_version)
        f.write("from CPython %d.%d's unicodedata (do not edit).\n\n" % sys.version_info[:2])
        f.write("Numbers are 5 letters 'a'..'p' (base 16). *_RUNS: (start, count,\n")
        f.write("stride, delta + 0x80000) of 1:1 mappings; *_SPECIAL: (cp, c1, c2, c3)\n")
        f.write("for mappings to several code points (0 pads); other tables are sorted\n")
        f.write("range boundaries (in the set when an odd number are <= cp).\n")
        f.write('"""\n\n')
        for name, val in tables.items():
            f.write("%s: str = (\n" % name)
            for i in range(0, len(val), 70):
                f.write('    "%s"\n' % val[i : i + 70])
            if not val:
                f.write('    ""\n')
            f.write(")\n\n")
    for name, val in tables.items():
        print(name, len(val))


if __name__ == "__main__":
    main()
