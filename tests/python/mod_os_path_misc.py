# commonprefix, commonpath, relpath, expanduser, normcase
import os.path

print(os.path.commonprefix(["interspecies", "interstellar", "interstate"]), repr(os.path.commonprefix([])))
print(os.path.commonprefix(["/usr/lib", "/usr/local/lib"]), os.path.commonpath(["/usr/lib", "/usr/local/lib"]))
print(os.path.commonpath(["a/b/c", "a/b/d", "a/b"]), os.path.commonpath(["/x"]))
try:
    os.path.commonpath(["/a", "b"])
except ValueError as e:
    print("ValueError", e)
print(os.path.relpath("a/b/c", "a/d"), os.path.relpath("a", "a"), os.path.relpath("/x/y", "/x/z/w"))
print(os.path.expanduser("no/tilde"), os.path.expanduser("~user/x") == "~user/x" or True)
print(os.path.normcase("A/B"), os.path.splitdrive("/a/b"))
