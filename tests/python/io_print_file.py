import os
fn = "_io_print_file.tmp"
with open(fn, "w") as f:
    print("a", 1, 2.5, None, file=f)
    print("x", "y", sep="-", end="!\n", file=f)
    print(file=f)
    f.write("tail")
with open(fn) as f:
    print(repr(f.read()))
with open(fn, "a") as f:
    print("appended", file=f)
with open(fn) as f:
    print(f.read().splitlines())
print(f.closed, f.name == fn)
os.remove(fn)
