# standard sizes have no alignment
import struct

for order in "=<>!":
    for fmt in ["ci", "bhiq", "cd", "hbh", "lL", "?e", "3sf", "xxq"]:
        print(order + fmt, struct.calcsize(order + fmt))
print(struct.pack("<ci", b"a", 5), struct.pack(">ci", b"a", 5))
print(struct.pack("<l", -2), struct.pack(">L", 2**32 - 1))
