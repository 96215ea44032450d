# os.path.normpath and abspath
import os
import os.path

for p in ["", ".", "..", "a/b/../c", "a/./b/", "/../a", "//a//b", "///a", "a/../../b", "../../x/./y",
          "/a/b/c/../../..", "a/b/c/../..", "./", "x//y//", "/."]:
    print(repr(p), repr(os.path.normpath(p)))
cwd = os.getcwd()
for p in ["a", "a/../b", "/x/y/../z", ".", ""]:
    a = os.path.abspath(p)
    print(repr(p), a.startswith("/"), a.replace(cwd, "<cwd>"))
