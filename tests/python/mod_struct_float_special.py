# infinities, nans, subnormals, rounding and overflow of f and e
import struct

inf = float("inf")
nan = float("nan")
for v in [inf, -inf, nan, -nan, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
          1e-45, 1.401298464324817e-45, 3.4028234663852886e38, 3.4028235e38, 3.4028236e38, 1e39,
          6e-8, 5.960464477539063e-08, 2.98e-08, 65519.0, 65520.0, 6.1e-05, 1e300]:
    for fmt in ["<d", "<f", "@f", "<e"]:
        try:
            b = struct.pack(fmt, v)
            print(fmt, repr(v), b.hex(), repr(struct.unpack(fmt, b)[0]))
        except OverflowError as e:
            print(fmt, repr(v), "OverflowError", e)
print(struct.unpack("<e", b"\x00\x7c"), struct.unpack("<e", b"\x01\x7c"), struct.unpack("<e", b"\x00\xfc"))
print(struct.unpack("<f", b"\x01\x00\x00\x00"), struct.unpack(">d", b"\x7f\xef\xff\xff\xff\xff\xff\xff"))
