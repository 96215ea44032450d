# OSError subclasses, errno, strerror, filename and messages
import os
import errno

missing = "_tmp_mod_os_errors_missing"
for name, f in [("remove", os.remove), ("rmdir", os.rmdir), ("listdir", os.listdir), ("stat", os.stat),
                ("unlink", os.unlink)]:
    try:
        f(missing)
    except FileNotFoundError as e:
        print(name, type(e).__name__, e.errno == errno.ENOENT, e.strerror, e.filename, str(e))
try:
    os.open(missing, os.O_RDONLY)
except OSError as e:
    print("open", type(e).__name__, e)
try:
    os.remove(".")
except OSError as e:
    print("remove .", type(e).__name__, isinstance(e, OSError))
print(str(OSError(2, "No such file or directory")), str(OSError(2, "x", "f")))
print(os.strerror(2), os.strerror(13), os.strerror(17))
