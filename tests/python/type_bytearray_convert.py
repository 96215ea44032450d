ba = bytearray("naïve", "utf-8")
print(ba, ba.decode(), ba.decode("utf-8", "strict"), str(ba, "utf-8"), bytes(ba).decode())
print(bytearray(b"abc").decode(encoding="ascii"), bytearray(b"\xff").decode("latin-1"), bytearray(b"\xff").decode("utf-8", "replace"))
try:
    bytearray(b"\xff").decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(list(bytearray(b"AZ")), tuple(bytearray(2)), set(bytearray(b"aa")), dict.fromkeys(bytearray(b"x")))
print(bytearray(b"x") + bytearray(b"y"), bytearray(b"ab").hex(), int.from_bytes(bytearray(b"\x01\x00"), "big") if hasattr(int, "from_bytes") else 256)
b = bytearray(b"hello")
print(b"".join([b, b"!"]), bytearray(b", ").join([b"a", b"b"]), ord(b[0:1]), chr(b[1]))
try:
    bytearray("text")
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytearray(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytearray(1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(bytearray(b"a").startswith(b"a"), bytearray(b"abc").endswith(bytearray(b"bc")), bytearray(b"ABC").isupper())
