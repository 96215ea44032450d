ba = bytearray(b"hello")
print(ba, repr(ba), len(ba), type(ba).__name__)
print(ba[0], ba[-1], ba[1:3], ba[::-1], ba[::2])
ba[0] = 72
print(ba)
ba[1:3] = b"EY"
print(ba)
ba[1:3] = b"abcd"
print(ba, len(ba))
ba[2:4] = []
print(ba)
del ba[0]
print(ba)
del ba[1:3]
print(ba)
print(bytearray(), bytearray(3), bytearray([65, 66, 67]), bytearray("héllo", "utf-8"))
print(bytearray(b"a\x00\xff\n'\""))
print(bytearray(range(5)))
try:
    ba[0] = 256
except ValueError as e:
    print(type(e).__name__, e)
try:
    ba[100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    ba[100] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    bytearray([1, 300])
except ValueError as e:
    print(type(e).__name__, e)
try:
    ba["x"]
except TypeError as e:
    print(type(e).__name__, e)
x = bytearray(b"abc")
x[::2] = b"XY"
print(x)
try:
    x[::2] = b"XYZ"
except ValueError as e:
    print(type(e).__name__, e)
print(str(bytearray(b"q")), bool(bytearray()), bool(bytearray(b"\x00")))
