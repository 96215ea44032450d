# os constants and os.path identity
import os
import os.path
import posixpath

print(os.name, os.sep, repr(os.altsep), os.extsep, os.pathsep, repr(os.linesep), os.curdir, os.pardir, os.devnull)
print(os.path is posixpath, os.path.sep, os.path.curdir)
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.SEEK_SET, os.SEEK_END)
print(os.error is OSError, callable(os.getcwd), callable(os.listdir))
