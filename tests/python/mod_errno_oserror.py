# errno values on the OSError subclasses raised by os
import errno
import os

try:
    os.rmdir("_tmp_mod_errno_oserror_missing")
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno], type(e).__name__)
try:
    os.mkdir(".")
except OSError as e:
    print(e.errno == errno.EEXIST, errno.errorcode[e.errno], type(e).__name__)
try:
    os.listdir("mod_errno_oserror.py")
except OSError as e:
    print(e.errno == errno.ENOTDIR, errno.errorcode[e.errno], type(e).__name__, e.strerror)
e = OSError(errno.EACCES, os.strerror(errno.EACCES))
print(e.errno, e.strerror, str(e))
