import os
fn = "_io_seek_tell.tmp"
with open(fn, "wb") as f:
    f.write(b"0123456789")
with open(fn, "rb") as f:
    print(f.tell(), f.read(3), f.tell())
    print(f.seek(7), f.read(), f.tell())
    print(f.seek(-3, 2), f.read(2))
    print(f.seek(1, 1), f.read(), f.seek(0), f.read(1))
with open(fn) as f:
    print(f.read(4), f.seek(0), f.read(2), f.tell())
with open(fn, "r+b") as f:
    f.seek(2)
    f.write(b"AB")
    f.seek(0)
    print(f.read())
with open(fn, "rb") as f:
    print(f.read())
with open(fn, "rb") as f:
    print(f.readable(), f.writable(), f.seekable())
with open(fn, "a") as f:
    print(f.readable(), f.writable())
os.remove(fn)
