# os.path.splitext
import os.path

for p in ["a.txt", "archive.tar.gz", ".bashrc", "..", "...x", "dir.d/file", "dir.d/.hidden", "a/b.c/d.e",
          "noext", "x.", "/a/.b.c", "a..b", ""]:
    print(repr(p), os.path.splitext(p))
