# tobytes, frombytes, byteswap
from array import array

a = array("h", [1, -2, 256])
print(a.tobytes())
b = array("h")
b.frombytes(a.tobytes())
print(b, b == a)
print(array("I", b"\x01\x00\x00\x00\xff\xff\xff\xff"))
print(array("d", [1.5, -0.0]).tobytes(), array("f", [0.25]).tobytes())
print(array("u", "hi").tobytes(), array("u", b"A\x00\x00\x00"))
a.byteswap()
print(a)
print(array("B", b"\x00\x01\xff"), array("b", b"\xff"))
c = array("l", [2**40, -3])
print(array("l", c.tobytes()), c.itemsize)
