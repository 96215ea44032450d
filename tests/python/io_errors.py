import os
try:
    open("_definitely_missing_file.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(e)
except OSError as e:
    print("OSError", e)
try:
    open("_definitely_missing_file.txt", "rb")
except OSError as e:
    print(isinstance(e, FileNotFoundError), e.args)
fn = "_io_errors.tmp"
f = open(fn, "w")
f.write("x")
f.close()
f.close()
try:
    f.write("y")
except ValueError as e:
    print(type(e).__name__, e)
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)
with open(fn) as g:
    try:
        g.write("no")
    except OSError as e:
        print(type(e).__name__, e)
with open(fn, "w") as g:
    try:
        g.read()
    except OSError as e:
        print(type(e).__name__, e)
print(g.closed)
try:
    with open(fn, "w") as h:
        h.write("partial")
        raise RuntimeError("inside with")
except RuntimeError as e:
    print(type(e).__name__, e, h.closed)
with open(fn) as h:
    print(h.read())
os.remove(fn)
try:
    open(".", "r").read()
except IsADirectoryError as e:
    print(type(e).__name__, e.errno)
