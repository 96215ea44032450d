def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"", "big"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"), int.from_bytes(b"\x80", "little", signed=True))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes((255,), byteorder="little", signed=True), int.from_bytes(b"\x00\x01"))
print(int.from_bytes(b"\xff" * 12, "big"), int.from_bytes(b"\xff" * 12, "little", signed=True))
print(int.from_bytes(bytes(range(20)), "little"))
for n in [0, 1, -1, 127, -128, 2**40 + 3, -2**70 - 5]:
    b = n.to_bytes(12, "big", signed=True)
    print(n, int.from_bytes(b, "big", signed=True) == n, int.from_bytes(n.to_bytes(12, "little", signed=True), "little", signed=True) == n)
t(lambda: int.from_bytes(b"\x01", "sideways"))
t(lambda: int.from_bytes("ab", "big"))
t(lambda: int.from_bytes([256], "big"))
