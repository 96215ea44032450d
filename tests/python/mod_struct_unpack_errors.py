# unpack size checks and buffer types
import struct

for fmt, data in [("i", b"abc"), ("i", b"abcde"), ("<h", b""), ("2s", b"abc"), ("", b""), ("", b"x")]:
    try:
        print(fmt, data, struct.unpack(fmt, data))
    except struct.error as e:
        print(fmt, data, "error", e)
try:
    struct.unpack("i", "abcd")
except TypeError as e:
    print("TypeError", e)
