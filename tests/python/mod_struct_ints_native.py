# native integer codes round trip
import struct

for code in "bBhHiIlLqQnN":
    n = struct.calcsize(code)
    signed = code in "bhilqn"
    for v in [0, 1, 100, (1 << (8 * n - 1)) - 1]:
        b = struct.pack(code, v)
        print(code, n, v, b, struct.unpack(code, b))
    if signed:
        v = -(1 << (8 * n - 1))
        print(code, v, struct.unpack(code, struct.pack(code, v)))
print(struct.pack("5i", 1, 2, 3, 4, 5), struct.unpack("3h", b"\x01\x00\x02\x00\xff\xff"))
