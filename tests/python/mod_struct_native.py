# native mode: sizes, alignment and padding
import struct

for fmt in ["", "c", "b", "h", "i", "l", "q", "n", "N", "P", "e", "f", "d", "?", "ci", "ic", "cq", "bhiq",
            "@0q", "@c0q", "@xd", "ne", "hhd", "3s i", "5p", "cb?H"]:
    print(repr(fmt), struct.calcsize(fmt))
print(struct.pack("ci", b"a", 5))
print(struct.pack("@hq", 1, 2))
print(struct.pack("=hq", 1, 2))
print(struct.unpack("bi", b"\x07\x00\x00\x00\x09\x00\x00\x00"))
print(struct.pack("nN", -5, 5), struct.unpack("nN", struct.pack("nN", -5, 5)))
