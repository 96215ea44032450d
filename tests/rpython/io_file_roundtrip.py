import os
import sys
import time


def temp_path(tag: str) -> str:
    return "/tmp/rpy_" + tag + "_" + str(int(time.time() * 1000000)) + ".tmp"


def write_all(fd: int, data: bytes) -> int:
    total = 0
    while total < len(data):
        n = os.write(fd, data[total:])
        total += n
    return total


def read_all(fd: int) -> bytes:
    out = b""
    while True:
        chunk = os.read(fd, 7)
        if chunk == b"":
            break
        out = out + chunk
    return out


def main(argv: list[str]) -> int:
    path = temp_path("roundtrip")
    text = "line one\nline two \u00e9\nthird \U0001F40D line\n"
    data = text.encode()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    print("wrote", write_all(fd, data), "bytes")
    os.close(fd)
    print("size", os.stat(path).st_size, len(data))
    fd = os.open(path, os.O_RDONLY, 0)
    back = read_all(fd)
    os.close(fd)
    print("read", len(back), "bytes, equal:", back == data)
    lines = back.decode().split("\n")
    for i, ln in enumerate(lines):
        print(i, repr(ln), len(ln))
    fd = os.open(path, os.O_WRONLY | os.O_APPEND, 0)
    os.write(fd, b"appended\n")
    os.close(fd)
    print("size after append", os.stat(path).st_size)
    fd = os.open(path, os.O_RDONLY, 0)
    head = os.read(fd, 4)
    rest = os.read(fd, 1000)
    tail = os.read(fd, 1000)
    os.close(fd)
    print(head, len(rest), tail)
    os.remove(path)
    try:
        os.stat(path)
        print("still exists")
    except FileNotFoundError:
        print("removed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
