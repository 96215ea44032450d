ba = bytearray(range(10))
print(ba[2:5], ba[-3:], ba[::3], ba[8:2:-2], ba[100:], list(ba[:3]))
ba[::2] = bytes(5)
print(ba)
ba[1:9:3] = [7, 7, 7]
print(ba)
del ba[::2]
print(ba)
ba[len(ba):] = b"end"
print(ba)
ba[:0] = b"start"
print(ba)
ba[2:2] = bytearray(b"--")
print(ba, len(ba))
c = bytearray(b"abcdef")
del c[-2:]
c[-1] = ord("Z")
print(c, c[-1], c.pop(-2), c)
c.extend(range(65, 68))
print(c, c.count(b"A"), c.find(b"BC"), c.rfind(66), c.index(b"C"))
x = bytearray(b"hello")
y = x[:]
y[0] = 74
print(x, y, x is y, x == bytearray(b"hello"))
print(bytearray(b"abc").strip(b"ac"), bytearray(b"a b").split(), bytearray(b"xyz").replace(b"y", b"YY"))
