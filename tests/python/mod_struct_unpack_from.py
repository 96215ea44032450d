# unpack_from with offsets
import struct

data = bytes(range(16))
print(struct.unpack_from("<h", data), struct.unpack_from("<h", data, 2), struct.unpack_from("<h", data, offset=14))
print(struct.unpack_from("<I", data, -4), struct.unpack_from(">q", data, 8))
for off in [13, 16, -1, -17, 20]:
    try:
        print(off, struct.unpack_from("<i", data, off))
    except struct.error as e:
        print(off, "error", e)
s = struct.Struct("<bb")
print(s.unpack_from(data, 5), s.unpack_from(data))
