# os.path.split / basename / dirname
import os.path

for p in ["a/b/c.txt", "/a/b/", "c.txt", "", "/", "//", "///x", "a//b", "/usr/lib/", "./x", "../y/", "a/b/c/"]:
    print(repr(p), os.path.split(p), repr(os.path.basename(p)), repr(os.path.dirname(p)))
