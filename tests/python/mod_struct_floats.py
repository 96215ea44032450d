# f, d and e for ordinary values
import struct

vals = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 0.1, 3.141592653589793, 1e10, -2.5e-5, 65504.0, 1e-7, 123456.789]
for v in vals:
    for fmt in ["<d", ">d", "<f", ">f", "<e", ">e"]:
        try:
            b = struct.pack(fmt, v)
            print(fmt, repr(v), b.hex(), repr(struct.unpack(fmt, b)[0]))
        except OverflowError as e:
            print(fmt, repr(v), "OverflowError", e)
print(struct.pack("d", 2), struct.pack("f", 3), struct.pack("e", True))
