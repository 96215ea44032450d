# c, s, p, x and ?
import struct

print(struct.pack("c", b"x"), struct.pack("3c", b"a", b"b", b"c"), struct.unpack("2c", b"hi"))
for data in [b"", b"ab", b"abcde", b"abcdefgh"]:
    print(data, struct.pack("5s", data), struct.pack("5p", data), struct.pack("s", data), struct.pack("0s", data))
print(struct.unpack("5s", b"ab\x00\x00\x00"), struct.unpack("5p", b"\x02abcd"), struct.unpack("5p", b"\x09abcd"))
print(struct.pack("2x"), struct.pack("b2xb", 1, 2), struct.unpack("b2xb", b"\x01\x00\x00\x02"))
print(struct.pack("???", 0, 5, "x"), struct.pack("?", []), struct.unpack("??", b"\x00\x07"))
print(struct.pack("<i4sh", 7, b"spam", -1), struct.unpack("<i4sh", struct.pack("<i4sh", 7, b"spam", -1)))
print(struct.pack("256p", b"x" * 300)[:3], len(struct.pack("256p", b"x" * 300)))
