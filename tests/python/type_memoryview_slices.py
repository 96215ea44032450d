data = bytearray(b"0123456789")
m = memoryview(data)
s = m[2:8]
print(s.tobytes(), len(s), s[0], s[-1], s[::2].tobytes(), s[::-1].tobytes())
s[0] = ord("X")
print(data, s.tobytes(), m.tobytes()[:4])
s[1:3] = b"YZ"
print(data)
print(m[::3].tolist(), m[5:].hex(), bytes(m[1:3]))
try:
    s[0:2] = b"abc"
except ValueError as e:
    print(type(e).__name__, e)
print(m == data, m == b"x", memoryview(b"ab") == memoryview(b"ab"), memoryview(b"ab") != b"ab")
sub = m[1:]
m.release()
print(sub.tobytes()[:3])
try:
    m.tobytes()
except ValueError as e:
    print(type(e).__name__, e)
ro = memoryview(b"abc")
print(ro.readonly, ro.obj, ro[1:].obj == b"abc", ro.tolist())
try:
    hash(memoryview(bytearray(b"x")))
except (TypeError, ValueError) as e:
    print(type(e).__name__)
