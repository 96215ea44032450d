# os.path.join and isabs
import os.path

print(os.path.join("a"), os.path.join("a", "b"), os.path.join("a/", "b"), os.path.join("a", "/b"))
print(os.path.join("a", "b", "c", "d"), os.path.join("", "x"), os.path.join("a", ""), os.path.join("/", "a"))
print(os.path.join("a", "b/", "c"), os.path.join("/x", "y", "/z", "w"))
print(os.path.join(b"a", b"b"))
for p in ["/a", "a", "", "./a", "//a"]:
    print(repr(p), os.path.isabs(p))
try:
    os.path.join("a", b"b")
except TypeError as e:
    print("TypeError", e)
