import os
names = ["_io_multi_%d.tmp" % i for i in range(3)]
for i, n in enumerate(names):
    with open(n, "w") as f:
        f.write(str(i) * (i + 1) + "\n")
with open(names[0]) as a, open(names[1]) as b, open(names[2]) as c:
    print(a.read(), b.read(), c.read(), sep="|")
files = [open(n) for n in names]
print([f.readline().strip() for f in files])
for f in files:
    f.close()
print(all(f.closed for f in files))
with open(names[0], "w") as out:
    for n in names[1:]:
        with open(n) as inp:
            out.write(inp.read())
with open(names[0]) as f:
    print(f.read().split())
for n in names:
    os.remove(n)
print("cleaned")
