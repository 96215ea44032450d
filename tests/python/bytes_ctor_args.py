# bytes() and bytearray() constructor arguments and errors


def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class BB:
    def __bytes__(self): return b"bb"
class BN:
    def __bytes__(self): return 1
class IX:
    def __index__(self): return 3
for T in (bytes, bytearray):
    t(lambda: T("abc"))
    t(lambda: T(b"x", "ascii"))
    t(lambda: T(1, errors="x"))
    t(lambda: T(errors="x"))
    t(lambda: T(encoding="x"))
    t(lambda: T(1.0))
    t(lambda: T(-1))
    t(lambda: T([256]))
    t(lambda: T(["a"]))
    t(lambda: T(BB()))
    t(lambda: T(BN()))
    t(lambda: T(IX()))
    t(lambda: T(x=1))
    t(lambda: T(1, 2, 3, 4))
    t(lambda: T("abé", "ascii", "replace"))
    t(lambda: T("abé", "latin-1"))
    t(lambda: T("abé", errors="strict", encoding="utf8"))
    t(lambda: T(source="ab", encoding="utf8"))
    t(lambda: T("ab", 1))
    t(lambda: T("ab", "ascii", 1))
    t(lambda: T("ab", "foo"))
    t(lambda: T(2**70))
    t(lambda: T(iter([1, 2])))
    t(lambda: T(memoryview(b"xy")))
    t(lambda: T(None))
    t(lambda: T(2.5j))
    t(lambda: T({1: 2}))
    t(lambda: T(True))
