# wrong argument types
import struct


class Idx:
    def __index__(self):
        return 7


class Flt:
    def __float__(self):
        return 2.5


for fmt in ["i", "Q", "f", "d", "e", "c", "s", "p", "?"]:
    for v in [1.5, "a", b"ab", b"a", None, 3, Idx(), Flt()]:
        try:
            print(fmt, type(v).__name__, struct.pack(fmt, v))
        except struct.error as e:
            print(fmt, type(v).__name__, "error", e)
