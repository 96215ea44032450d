import os
import sys
import time


def main(argv: list[str]) -> int:
    path = "/tmp/rpy_stat_" + str(int(time.time() * 1000000)) + ".bin"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    sizes: list[int] = []
    for i in range(6):
        os.write(fd, bytes([i % 256]) * (i * 1000))
        sizes.append(os.stat(path).st_size)
    os.close(fd)
    print(sizes)
    st = os.stat(path)
    print(st.st_size, st.st_size == sum([i * 1000 for i in range(6)]))
    fd = os.open(path, os.O_RDONLY, 0)
    total = 0
    chunks = 0
    while True:
        b = os.read(fd, 4096)
        if len(b) == 0:
            break
        total += len(b)
        chunks += 1
    os.close(fd)
    print(total, chunks)
    fd = os.open(path, os.O_WRONLY | os.O_TRUNC, 0)
    os.close(fd)
    print("after truncate", os.stat(path).st_size)
    os.remove(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
