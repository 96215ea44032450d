import os
fn = "_io_text_write_read.tmp"
f = open(fn, "w")
print(f.closed, f.name, f.mode, type(f).__name__)
n = f.write("hello\n")
n2 = f.write("wörld\n")
f.close()
print(n, n2, f.closed)
f = open(fn)
data = f.read()
f.close()
print(repr(data), len(data))
with open(fn, "r", encoding="utf-8") as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(fn) as f:
    print(f.readlines())
with open(fn) as f:
    for line in f:
        print("line:", line.rstrip("\n"))
with open(fn) as f:
    print(repr(f.read(3)), repr(f.read(4)), repr(f.read()))
os.remove(fn)
