# little-endian standard-size integers
import struct

for code in "bBhHiIlLqQ":
    fmt = "<" + code
    n = struct.calcsize(fmt)
    signed = code.islower()
    lo = -(1 << (8 * n - 1)) if signed else 0
    hi = (1 << (8 * n - 1)) - 1 if signed else (1 << (8 * n)) - 1
    for v in [0, 1, hi, lo, hi // 3, (lo // 5) if signed else 7]:
        b = struct.pack(fmt, v)
        print(fmt, v, b, struct.unpack(fmt, b))
