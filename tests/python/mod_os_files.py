# creating, reading, stat-ing and removing files with file descriptors
import os

d = "_tmp_mod_os_files"
os.mkdir(d)
try:
    p = os.path.join(d, "data.bin")
    fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    print(os.write(fd, b"hello "), os.write(fd, b"world\n"))
    os.close(fd)
    print(os.path.getsize(p), os.stat(p).st_size, os.path.isfile(p), os.path.isdir(p))
    fd = os.open(p, os.O_RDONLY)
    print(os.read(fd, 3), os.read(fd, 100), os.read(fd, 10))
    os.close(fd)
    fd = os.open(p, os.O_WRONLY | os.O_APPEND)
    os.write(fd, b"more")
    os.close(fd)
    print(os.stat(p).st_size, os.stat(p).st_mode & 0o170000 == 0o100000)
    print(os.listdir(d))
    os.remove(p)
    print(os.listdir(d), os.path.exists(p))
finally:
    os.rmdir(d)
