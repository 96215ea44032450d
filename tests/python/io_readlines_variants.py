import os
fn = "_io_readlines_variants.tmp"
with open(fn, "w") as f:
    f.write("l1\nl2\nl3\n")
with open(fn) as f:
    print(f.readline(1), f.readline(), f.readline(0), f.readline(-1))
with open(fn) as f:
    it = iter(f)
    print(next(it), list(it))
with open(fn) as f:
    print(f.read().count("l"), f.read(), f.readline(), f.readlines())
with open(fn, "w") as f:
    pass
with open(fn) as f:
    print(repr(f.read()), f.readlines(), list(f))
with open(fn, "w") as f:
    f.write("no newline at end")
with open(fn) as f:
    print(f.readlines())
with open(fn, "rb") as f:
    print(f.readlines(), f.readline())
os.remove(fn)
