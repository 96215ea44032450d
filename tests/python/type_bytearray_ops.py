a = bytearray(b"ab")
b = a + b"cd"
print(b, type(b).__name__)
print(b"xy" + a, type(b"xy" + a).__name__)
print(a * 3, 2 * a, a * 0)
a += b"!"
print(a)
a *= 2
print(a)
print(b"a" in a, 97 in a, 120 in a, b"b!" in a, b"zz" in a)
print(a == b"ab!ab!", a != b"ab!ab!", bytearray(b"a") < b"b", bytearray(b"b") > bytearray(b"a"))
print(bytearray(b"abc") == bytearray(b"abc"), bytearray(b"a") <= b"a", bytearray(b"x") == "x")
print(list(bytearray(b"hi")), [x for x in bytearray(b"AB")], bytes(bytearray(b"xy")))
print(sorted(bytearray(b"cab")), max(bytearray(b"az")), sum(bytearray(b"\x01\x02")))
try:
    hash(bytearray(b"a"))
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytearray(b"a") + "s"
except TypeError as e:
    print(type(e).__name__, e)
m = bytearray(b"xyz")
ref = m
m += b"w"
print(ref is m, ref)
print(isinstance(m, bytearray), isinstance(m, bytes), bytearray(b"abc")[1:] == b"bc")
print(bytearray(b"%d-%s") % (5, b"x") if False else "skip")
print(bytes(bytearray(b"\x00\x01")), bytearray(bytes(2)), bytearray(bytearray(b"q")))
