# the Struct class
import struct

s = struct.Struct("<i2sH?")
print(s.format, s.size)
b = s.pack(-7, b"ok", 513, True)
print(b, s.unpack(b))
print(list(s.iter_unpack(b + b)))
t = struct.Struct(b">d")
print(repr(t.format), t.size, t.unpack(t.pack(0.25)))
try:
    s.pack(1, 2)
except struct.error as e:
    print("error", e)
try:
    s.unpack(b"\x00")
except struct.error as e:
    print("error", e)
u = struct.Struct("")
print(u.size, u.pack(), u.unpack(b""))
