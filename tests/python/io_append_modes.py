import os
fn = "_io_append_modes.tmp"
with open(fn, "w") as f:
    f.write("one\n")
with open(fn, "a") as f:
    f.write("two\n")
with open(fn, "a") as f:
    f.writelines(["three\n", "four\n"])
with open(fn) as f:
    print(f.read().splitlines())
with open(fn, "w") as f:
    f.write("truncated")
with open(fn) as f:
    print(f.read())
try:
    open(fn, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno)
os.remove(fn)
with open(fn, "x") as f:
    f.write("exclusive")
with open(fn) as f:
    print(f.read())
with open(fn, "r+") as f:
    f.write("EX")
with open(fn) as f:
    print(f.read())
try:
    open(fn, "rw")
except ValueError as e:
    print(type(e).__name__, e)
try:
    open(fn, "q")
except ValueError as e:
    print(type(e).__name__, e)
os.remove(fn)
