# os.getpid, os.rename / os.replace (an existing target is replaced;
# errors carry both paths) and time.sleep really sleeping.
# File names include the pid (scripts run in parallel); it is never printed.
import os
import posix
import time

pid = os.getpid()
print(type(pid).__name__, pid > 0, posix.getpid() == pid)
base = "/tmp/pypy_vm_rename_%d_%d" % (pid, int(time.time() * 1000000))
posix.mkdir(base)
a = base + "/a.txt"
b = base + "/b.txt"


def write(path, data):
    fd = posix.open(path, posix.O_WRONLY | posix.O_CREAT | posix.O_TRUNC, 0o644)
    posix.write(fd, data)
    posix.close(fd)


def read(path):
    fd = posix.open(path, posix.O_RDONLY)
    data = posix.read(fd, 100)
    posix.close(fd)
    return data


def exists(path):
    try:
        posix.stat(path)
        return True
    except FileNotFoundError:
        return False


write(a, b"one")
os.rename(a, b)
print(exists(a), exists(b), read(b))
write(a, b"two")
os.replace(a, b)
print(exists(a), read(b))
try:
    posix.rename(base + "/missing", b)
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror,
          e.filename == base + "/missing", e.filename2 == b)
    print(str(e).replace(base, "BASE"))
try:
    posix.replace(b, base)
except OSError as e:
    print(type(e).__name__, e.errno, e.filename2 == base)
    print(str(e).replace(base, "BASE"))
posix.unlink(b)
posix.rmdir(base)
print(exists(base))

t0 = time.perf_counter()
time.sleep(0.05)
print(time.perf_counter() - t0 >= 0.045)
time.sleep(0)
for bad in (-1, -0.5, float("nan")):
    try:
        time.sleep(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    time.sleep(1e300)
except OverflowError as e:
    print("OverflowError", e)
