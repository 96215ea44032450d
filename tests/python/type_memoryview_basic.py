m = memoryview(b"hello")
print(len(m), m[0], m[-1], type(m).__name__)
print(m[1:3].tobytes(), m.tobytes(), m.tolist(), bytes(m[::2]))
print(m[1:4].tolist(), len(m[1:4]), m.readonly, m == b"hello")
ba = bytearray(b"abc")
mv = memoryview(ba)
mv[0] = 65
print(ba, mv.readonly, mv.tobytes())
mv[1:3] = b"XY"
print(ba)
try:
    m[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    m[10]
except IndexError as e:
    print(type(e).__name__, e)
with memoryview(b"xyz") as w:
    print(w.tobytes(), w[1])
try:
    w[0]
except ValueError as e:
    print(type(e).__name__, e)
m2 = memoryview(b"abc")
m2.release()
m2.release()
try:
    len(m2)
except ValueError as e:
    print(type(e).__name__, e)
print(list(memoryview(b"\x01\x02\x03")), bytearray(memoryview(b"q")), m.nbytes, m.itemsize, m.format)
print(memoryview(b"ab").hex(), bytes(memoryview(bytearray(b"zz"))))
try:
    memoryview("str")
except TypeError as e:
    print(type(e).__name__, e)
