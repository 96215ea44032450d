import os
import sys


def try_open(path: str, flags: int) -> str:
    try:
        fd = os.open(path, flags, 0o644)
        os.close(fd)
        return "opened"
    except FileNotFoundError as e:
        return "FileNotFoundError " + str(e.errno) + " " + str(e)
    except IsADirectoryError as e:
        return "IsADirectoryError " + str(e.errno) + " " + str(e)
    except OSError as e:
        return "OSError " + str(e.errno) + " " + str(e)


def main(argv: list[str]) -> int:
    print(try_open("/nonexistent-rpy-dir/file.txt", os.O_RDONLY))
    print(try_open("/nonexistent-rpy-dir/file.txt", os.O_WRONLY | os.O_CREAT))
    print(try_open("/tmp", os.O_WRONLY))
    print(try_open("/tmp", os.O_RDONLY))
    try:
        os.stat("/nonexistent-rpy-dir/other")
    except OSError as e:
        print("stat:", e.errno, e)
    try:
        os.close(987654)
    except OSError as e:
        print("close:", e.errno, e)
    try:
        os.read(987654, 10)
    except OSError as e:
        print("read:", e.errno, e)
    try:
        os.write(987654, b"x")
    except OSError as e:
        print("write:", e.errno, e)
    try:
        os.open("/nonexistent-rpy-dir/x", os.O_RDONLY, 0)
    except FileNotFoundError as e:
        print("is OSError:", isinstance(e, OSError), isinstance(e, Exception))
    fd = os.open("/nonexistent-rpy-dir/final", os.O_RDONLY, 0)
    print("not reached", fd)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
