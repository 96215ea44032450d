# iter_unpack
import struct

data = struct.pack("<6h", 1, -2, 3, -4, 5, -6)
print(list(struct.iter_unpack("<h", data)))
print(list(struct.iter_unpack("<hh", data)))
print(list(struct.iter_unpack("<6h", data)))
print(list(struct.iter_unpack("<i", b"")))
for fmt in ["<i", "<hhhhh", "0s"]:
    try:
        print(list(struct.iter_unpack(fmt, data)))
    except struct.error as e:
        print(fmt, "error", e)
it = struct.iter_unpack("<b", b"\x01\x02\x03")
print(next(it), next(it), next(it), next(it, "done"))
