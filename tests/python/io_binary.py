import os
fn = "_io_binary.tmp"
with open(fn, "wb") as f:
    print(f.write(b"\x00\x01\x02abc\xff"), f.mode)
with open(fn, "rb") as f:
    d = f.read()
    print(d, type(d).__name__, len(d))
with open(fn, "rb") as f:
    print(f.read(2), f.read(2), f.tell(), f.read(), f.read())
with open(fn, "rb") as f:
    f.seek(3)
    print(f.read(3), f.tell())
    f.seek(0)
    print(f.read(1))
with open(fn, "wb") as f:
    f.write(bytearray(b"line1\nline2\n"))
    f.write(b"tail")
with open(fn, "rb") as f:
    print(f.readline(), f.readlines())
with open(fn, "rb") as f:
    print(list(f))
try:
    with open(fn, "wb") as f:
        f.write("text")
except TypeError as e:
    print(type(e).__name__, e)
try:
    with open(fn, "w") as f:
        f.write(b"bytes")
except TypeError as e:
    print(type(e).__name__, e)
os.remove(fn)
