import os
fn = "_io_large_roundtrip.tmp"
lines = ["line %05d %s\n" % (i, "x" * (i % 37)) for i in range(3000)]
with open(fn, "w") as f:
    f.writelines(lines)
with open(fn) as f:
    back = f.readlines()
print(len(back), back == lines, back[1234])
with open(fn) as f:
    total = 0
    for line in f:
        total += len(line)
print(total, sum(len(l) for l in lines))
data = bytes(range(256)) * 300
with open(fn, "wb") as f:
    f.write(data)
with open(fn, "rb") as f:
    got = f.read()
print(len(got), got == data, got[255], got[256])
os.remove(fn)
