# bytes and bytearray: capitalize center expandtabs isascii istitle ljust
# maketrans removeprefix removesuffix rjust title translate zfill (and the
# older methods' edge cases), on both types


def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


for B in (bytes, bytearray):
    n = B.__name__
    print("==", n)
    # case mappings: ASCII only
    for s in [b"hello world", b"HELLO wORLD", b"o'neil 3rd-place", b"\xe9t\xe9 caf\xc9", b"", b"123 abc",
              b"a\tb\nc", b"ALL CAPS", b"x"]:
        v = B(s)
        print(n, repr(s), v.title(), v.capitalize(), v.swapcase(), v.upper(), v.lower())
        print("   ", v.istitle(), v.isupper(), v.islower(), v.isascii(), v.isalpha(), v.isalnum(),
              v.isdigit(), v.isspace())
    for s in [b"Hello World", b"Hello world", b"HELLO", b"Hello 3World", b"A1b", b"A b", b"", b"1",
              b"Ab'C", b"\xc9a"]:
        print(n, "istitle", repr(s), B(s).istitle())
    for s in [b"", b"abc", b"\x7f", b"\x80", b"a\xff", b"\x00"]:
        print(n, "isascii", repr(s), B(s).isascii())
    for s in [b" \t\n\r\x0b\x0c", b"\x1c", b"\xa0", b"\x85", b""]:
        print(n, "isspace", repr(s), B(s).isspace())
    # padding
    t(n + " center", lambda: B(b"abc").center(8, b"*"))
    t(n + " center-odd", lambda: B(b"ab").center(7))
    t(n + " center-odd2", lambda: B(b"abc").center(6, b"-"))
    t(n + " center-ba-fill", lambda: B(b"abc").center(5, bytearray(b"#")))
    t(n + " center-short", lambda: B(b"abc").center(2))
    t(n + " ljust", lambda: B(b"abc").ljust(6, b"\xff"))
    t(n + " rjust", lambda: B(b"abc").rjust(6))
    t(n + " rjust-neg", lambda: B(b"abc").rjust(-1))
    t(n + " fill-str", lambda: B(b"a").center(5, "x"))
    t(n + " fill-2", lambda: B(b"a").ljust(5, b"xy"))
    t(n + " fill-mv", lambda: B(b"a").rjust(5, memoryview(b"x")))
    t(n + " fill-int", lambda: B(b"a").rjust(5, 32))
    t(n + " fill-none", lambda: B(b"a").rjust(5, None))
    t(n + " width-str", lambda: B(b"a").center("5"))
    t(n + " center-0", lambda: B(b"a").center())
    t(n + " center-3", lambda: B(b"a").center(5, b" ", 1))
    t(n + " zfill", lambda: B(b"42").zfill(5))
    t(n + " zfill-neg", lambda: B(b"-42").zfill(5))
    t(n + " zfill-plus", lambda: B(b"+x").zfill(4))
    t(n + " zfill-short", lambda: B(b"12345").zfill(2))
    t(n + " zfill-empty", lambda: B(b"").zfill(3))
    t(n + " zfill-0", lambda: B(b"1").zfill())
    t(n + " zfill-float", lambda: B(b"1").zfill(2.0))
    # expandtabs
    t(n + " expandtabs", lambda: B(b"a\tbc\tdef\tg").expandtabs())
    t(n + " expandtabs-4", lambda: B(b"a\tb\r\tc\n\td").expandtabs(4))
    t(n + " expandtabs-kw", lambda: B(b"a\tb").expandtabs(tabsize=2))
    t(n + " expandtabs-0", lambda: B(b"a\tb").expandtabs(0))
    t(n + " expandtabs-neg", lambda: B(b"a\tb").expandtabs(-1))
    t(n + " expandtabs-high", lambda: B(b"\xe9\tx").expandtabs(3))
    t(n + " expandtabs-str", lambda: B(b"a").expandtabs("1"))
    t(n + " expandtabs-2", lambda: B(b"a").expandtabs(1, 2))
    # removeprefix / removesuffix
    t(n + " removeprefix", lambda: B(b"prefix-body").removeprefix(b"prefix-"))
    t(n + " removesuffix", lambda: B(b"body.txt").removesuffix(bytearray(b".txt")))
    t(n + " removeprefix-mv", lambda: B(b"abc").removeprefix(memoryview(b"ab")))
    t(n + " removeprefix-miss", lambda: B(b"abc").removeprefix(b"x"))
    t(n + " removeprefix-empty", lambda: B(b"abc").removesuffix(b""))
    t(n + " removeprefix-str", lambda: B(b"abc").removeprefix("a"))
    t(n + " removesuffix-int", lambda: B(b"abc").removesuffix(99))
    t(n + " removeprefix-0", lambda: B(b"abc").removeprefix())
    # maketrans / translate
    table = B.maketrans(b"abc", b"xyz")
    t(n + " maketrans-type", lambda: type(table).__name__)
    t(n + " maketrans-len", lambda: len(table))
    t(n + " maketrans-part", lambda: table[95:101])
    t(n + " maketrans-ba", lambda: B.maketrans(bytearray(b"a"), memoryview(b"b"))[97])
    t(n + " maketrans-inst", lambda: B(b"").maketrans(b"q", b"r")[113])
    t(n + " maketrans-len-err", lambda: B.maketrans(b"ab", b"c"))
    t(n + " maketrans-str", lambda: B.maketrans("a", b"b"))
    t(n + " maketrans-1", lambda: B.maketrans(b"a"))
    t(n + " maketrans-3", lambda: B.maketrans(b"a", b"b", b"c"))
    t(n + " maketrans-kw", lambda: B.maketrans(frm=b"a", to=b"b"))
    t(n + " translate", lambda: B(b"abcabc").translate(table))
    t(n + " translate-delete", lambda: B(b"abcabc").translate(table, b"b"))
    t(n + " translate-delete-kw", lambda: B(b"abcabc").translate(table, delete=b"ca"))
    t(n + " translate-none", lambda: B(b"abcabc").translate(None, b"ac"))
    t(n + " translate-none-only", lambda: B(b"abc").translate(None))
    t(n + " translate-ba-table", lambda: B(b"abc").translate(bytearray(table)))
    t(n + " translate-upper", lambda: B(b"Hello, World!").translate(bytes.maketrans(
        b"abcdefghijklmnopqrstuvwxyz", b"ABCDEFGHIJKLMNOPQRSTUVWXYZ")))
    t(n + " translate-short", lambda: B(b"abc").translate(b"x" * 255))
    t(n + " translate-str", lambda: B(b"abc").translate("x" * 256))
    t(n + " translate-dict", lambda: B(b"abc").translate({97: 98}))
    t(n + " translate-del-str", lambda: B(b"abc").translate(None, "a"))
    t(n + " translate-del-none", lambda: B(b"abc").translate(None, None))
    t(n + " translate-0", lambda: B(b"abc").translate())
    t(n + " translate-kwtable", lambda: B(b"abc").translate(table=None))
    t(n + " translate-3", lambda: B(b"abc").translate(None, b"", b""))
    t(n + " translate-badkw", lambda: B(b"abc").translate(None, deletechars=b""))
    all256 = bytes(range(256))
    t(n + " translate-all", lambda: B(all256).translate(all256[::-1])[:8])
    # no-argument methods reject arguments
    t(n + " title-1", lambda: B(b"a").title(1))
    t(n + " isascii-1", lambda: B(b"a").isascii(1))
    t(n + " capitalize-kw", lambda: B(b"a").capitalize(x=1))
    t(n + " istitle-kw", lambda: B(b"a").istitle(x=1))

# the result type follows the receiver; descriptors check it
t("ba-title-type", lambda: type(bytearray(b"ab").title()).__name__)
t("ba-zfill-mut", lambda: bytearray(b"1").zfill(1) is not None)
t("unbound-title", lambda: bytes.title(b"ab cd"))
t("unbound-title-ba", lambda: bytes.title(bytearray(b"ab")))
t("unbound-ba-title-bytes", lambda: bytearray.title(b"ab"))
t("unbound-title-int", lambda: bytes.title(1))
t("unbound-title-none", lambda: bytes.title())
t("unbound-maketrans", lambda: bytes.maketrans(b"", b"")[:3])
