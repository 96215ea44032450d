# pack_into a bytearray, and Struct.pack_into
import struct

buf = bytearray(12)
struct.pack_into("<hi", buf, 0, 1, -1)
struct.pack_into(">H", buf, 8, 0xABCD)
print(bytes(buf))
for off in [10, -1, -20, -4]:
    try:
        struct.pack_into("<i", buf, off, 5)
        print(off, bytes(buf))
    except struct.error as e:
        print(off, "error", e)
struct.Struct("<b").pack_into(buf, 11, -3)
print(bytes(buf))
print(struct.unpack_from("<hi", buf), struct.unpack(">12s", buf))
