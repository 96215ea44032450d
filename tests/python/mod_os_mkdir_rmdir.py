# mkdir / rmdir in a temporary directory
import os

d = "_tmp_mod_os_mkdir_rmdir"
os.mkdir(d)
try:
    print(os.path.exists(d), os.path.isdir(d), os.path.isfile(d), os.listdir(d))
    os.mkdir(os.path.join(d, "sub"))
    os.mkdir(os.path.join(d, "sub", "deeper"))
    print(sorted(os.listdir(d)), os.listdir(os.path.join(d, "sub")))
    try:
        os.mkdir(d)
    except FileExistsError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename)
    try:
        os.rmdir(os.path.join(d, "sub"))
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
    os.rmdir(os.path.join(d, "sub", "deeper"))
    os.rmdir(os.path.join(d, "sub"))
    print(os.listdir(d))
finally:
    os.rmdir(d)
print(os.path.exists(d))
