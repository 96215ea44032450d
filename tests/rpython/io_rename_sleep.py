"""os.getpid, os.rename / os.replace (an existing target is replaced; an
OSError names both paths) and time.sleep (really sleeps; CPython's
argument checks). File names include the pid, so parallel runs do not
collide; the pid itself is never printed."""

import os
import sys
import time


def write_file(path: str, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    os.write(fd, data)
    os.close(fd)


def read_file(path: str) -> bytes:
    fd = os.open(path, os.O_RDONLY, 0)
    data = os.read(fd, 1000)
    os.close(fd)
    return data


def exists(path: str) -> bool:
    try:
        os.stat(path)
        return True
    except FileNotFoundError:
        return False


def show_error(e: OSError, base: str) -> None:
    # The message with the directory shown as DIR (it holds the pid).
    print(type_name(e), e.errno, str(e).replace(base, "DIR"))


def type_name(e: OSError) -> str:
    if isinstance(e, FileNotFoundError):
        return "FileNotFoundError"
    if isinstance(e, IsADirectoryError):
        return "IsADirectoryError"
    if isinstance(e, PermissionError):
        return "PermissionError"
    return "OSError"


def sleep_error(secs: float) -> str:
    try:
        time.sleep(secs)
        return "slept"
    except ValueError as e:
        return "ValueError: " + str(e)
    except OverflowError as e:
        return "OverflowError: " + str(e)


def sleep_error_int(secs: int) -> str:
    try:
        time.sleep(secs)
        return "slept"
    except ValueError as e:
        return "ValueError: " + str(e)
    except OverflowError as e:
        return "OverflowError: " + str(e)


def main(argv: list[str]) -> int:
    pid = os.getpid()
    print("pid positive:", pid > 0)
    print("pid stable:", os.getpid() == pid)
    base = "/tmp/rpy_rename_" + str(pid) + "_" + str(int(time.time() * 1000000))
    os.mkdir(base)
    a = base + "/a.txt"
    b = base + "/b.txt"
    c = base + "/c.txt"
    write_file(a, b"first")
    os.rename(a, b)
    print("after rename:", exists(a), exists(b), read_file(b))
    write_file(c, b"second")
    os.replace(c, b)
    print("after replace:", exists(c), exists(b), read_file(b))
    write_file(a, b"third")
    os.rename(a, b)
    print("rename over a file:", read_file(b))
    try:
        os.rename(base + "/missing", c)
    except OSError as e:
        show_error(e, base)
    try:
        os.replace(base + "/missing'q", base + "/x")
    except FileNotFoundError as e:
        show_error(e, base)
    os.mkdir(base + "/sub")
    write_file(base + "/sub/inner", b"x")
    try:
        os.rename(b, base + "/sub")
    except OSError as e:
        show_error(e, base)
    try:
        os.rename(base + "/sub", b)
    except OSError as e:
        show_error(e, base)
    os.rename(base + "/sub", base + "/moved")
    print("directory moved:", exists(base + "/sub"), exists(base + "/moved/inner"))
    print(sorted(os.listdir(base)))
    os.unlink(base + "/moved/inner")
    os.rmdir(base + "/moved")
    os.unlink(b)
    os.rmdir(base)
    print("cleaned up:", not exists(base))

    t0 = time.perf_counter()
    time.sleep(0.05)
    t1 = time.perf_counter()
    print("slept at least 0.05 s:", t1 - t0 >= 0.045)
    time.sleep(0)
    time.sleep(0.0)
    time.sleep(-0.0)
    time.sleep(False)
    print(sleep_error(-1.0))
    print(sleep_error(-1e-10))
    print(sleep_error(float("nan")))
    print(sleep_error(float("inf")))
    print(sleep_error(-1e300))
    print(sleep_error(1e10))
    print(sleep_error_int(-1))
    print(sleep_error_int(9223372037))
    print(sleep_error_int(-9223372037))
    print(sleep_error_int(-9223372036))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
