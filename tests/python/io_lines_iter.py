import os
fn = "_io_lines_iter.tmp"
lines = ["alpha\n", "beta\n", "\n", "gamma"]
with open(fn, "w") as f:
    f.writelines(lines)
with open(fn) as f:
    print([l for l in f])
with open(fn) as f:
    print(next(f), next(iter(f)), f.readline(), f.readline(), repr(f.readline()), repr(f.readline()))
with open(fn) as f:
    print(sum(1 for _ in f))
with open(fn) as f:
    print(list(enumerate(f, 1))[:2])
with open(fn) as f:
    print(f.readlines(), f.readlines())
with open(fn) as f:
    print(repr(f.read(0)), repr(f.readline(3)), repr(f.readline()))
with open(fn) as f:
    content = f.read()
    print(content.count("\n"), content.split("\n"))
with open(fn, "w") as f:
    for i in range(5):
        print(i, i * i, file=f)
    print("end", file=f, end="")
with open(fn) as f:
    print(f.read().split("\n"))
with open(fn, "w", newline="") if False else open(fn, "w") as f:
    f.write("a\r\nb\rc\n")
with open(fn, "rb") as f:
    print(f.read())
with open(fn) as f:
    print(repr(f.read()))
os.remove(fn)
