# printf-style formatting of bytearray (PEP 461): %s %b %r %a %c, numbers,
# mappings with bytes keys, errors


def t(label, f):
    try: print(label, repr(f()))
    except Exception as e: print(label, type(e).__name__, e)
class BB:
    def __bytes__(self): return b"BB"
class BN:
    def __bytes__(self): return "x"
# bytes % ... goes through Space's binary operators: see the report;
# bytearray's __mod__ is its own
for B in (bytearray,):
    print("==", B.__name__)
    t(1, lambda: B(b"%s") % bytearray(b"x"))
    t(2, lambda: B(b"%s") % memoryview(b"x"))
    t(3, lambda: B(b"%b") % b"x")
    t(4, lambda: B(b"%c") % 256)
    t(5, lambda: B(b"%c") % b"ab")
    t(6, lambda: B(b"%c") % "a")
    t(7, lambda: B(b"%c") % bytearray(b"a"))
    t(8, lambda: B(b"%(x)d") % {"x": 1})
    t(8.5, lambda: B(b"%(x)d %(y)s") % {b"x": 1, b"y": b"yy"})
    t(9, lambda: B(b"%d %d") % (1,))
    t(10, lambda: B(b"%d") % (1, 2))
    t(11, lambda: B(b"%z") % 1)
    t(12, lambda: B(b"%s") % b"abc"[0])
    t(13, lambda: B(b"%s") % (b"a",))
    t(14, lambda: B(b"x") % b"a")
    t(15, lambda: B(b"x") % bytearray(b"a"))
    t(16, lambda: B(b"x") % [1])
    t(17, lambda: B(b"x") % {})
    t(18, lambda: B(b"%r") % b"a")
    t(19, lambda: B(b"%5.1s|%-4b|") % (b"abc", b"z"))
    t(21, lambda: B(b"%s") % 1.5)
    t(22, lambda: B(b"%c") % -1)
    t(23, lambda: B(b"%a|%r") % ("\u20ac", "\xe9"))
    t(24, lambda: B(b"%d") % "1")
    t(26, lambda: B(b"%x") % 3.0)
    t(27, lambda: B(b"\xff%s\xfe") % b"\x80")
    t(28, lambda: B(b"%") % ())
    t(29, lambda: B(b"%(a") % {})
    t(30, lambda: B(b"%s %%") % b"x")
    t(31, lambda: B(b"%s") % memoryview(b"x")[:0])
    t(32, lambda: B(b"%s") % BB())
    t(33, lambda: B(b"%s") % (BN(),))
    t(34, lambda: B(b"abc") % ())
    t(35, lambda: B(b"%i%u") % (True, 2**70))
    t(36, lambda: B(b"%d") % b"x")
    t(37, lambda: B(b"%05.1f|%+d|%#x|%o|%e|%G") % (2.25, 5, 255, 8, 1e10, 1e-10))
    t(38, lambda: B(b"%*d|%-*.*f") % (4, 1, 8, 2, 3.14159))
    t(39, lambda: B(b"%c%c") % (0, 255))
    t(40, lambda: B(b"%s") % "str")
    t(41, lambda: "%s" % B(b"x"))
