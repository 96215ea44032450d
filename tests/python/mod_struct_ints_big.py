# big-endian and network order integers
import struct

for order in ">!":
    for code in "bBhHiIlLqQ":
        fmt = order + code
        n = struct.calcsize(fmt)
        signed = code.islower()
        hi = (1 << (8 * n - 1)) - 1 if signed else (1 << (8 * n)) - 1
        for v in [0, 1, 0x12, hi, -1 if signed else 200]:
            b = struct.pack(fmt, v)
            print(fmt, v, b.hex(), struct.unpack(fmt, b)[0])
print(struct.pack(">HHI", 1, 2, 0xDEADBEEF), struct.unpack("!HHI", b"\x00\x01\x00\x02\xde\xad\xbe\xef"))
