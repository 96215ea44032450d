"""The OSError subclass of each errno the os functions meet
(FileExistsError for EEXIST, NotADirectoryError for ENOTDIR, ...) and the
repr of an error the runtime raises: CPython's args, (errno, strerror),
whatever path the message names. File names include the pid, so parallel
runs do not collide; the pid itself is never printed."""

import os
import sys


def describe(e: OSError) -> str:
    kind = "OSError"
    if isinstance(e, FileExistsError):
        kind = "FileExistsError"
    elif isinstance(e, NotADirectoryError):
        kind = "NotADirectoryError"
    elif isinstance(e, IsADirectoryError):
        kind = "IsADirectoryError"
    elif isinstance(e, FileNotFoundError):
        kind = "FileNotFoundError"
    elif isinstance(e, PermissionError):
        kind = "PermissionError"
    return kind + " " + str(e.errno) + " | " + repr(e)


def main(argv: list[str]) -> int:
    base = "/tmp/rpy_oserror_" + str(os.getpid())
    os.mkdir(base)
    fd = os.open(base + "/file", os.O_WRONLY | os.O_CREAT, 0o644)
    os.close(fd)
    try:
        os.mkdir(base)
    except FileExistsError as e:
        print("mkdir:", describe(e), str(e) == "[Errno 17] File exists: '" + base + "'")
    try:
        os.open(base + "/file", os.O_WRONLY | os.O_CREAT | 0o200, 0o644)
    except OSError as e:
        print("O_EXCL:", describe(e))
    try:
        os.listdir(base + "/file")
    except NotADirectoryError as e:
        print("listdir:", describe(e), isinstance(e, OSError))
    try:
        os.open(base + "/file/x", os.O_RDONLY)
    except OSError as e:
        print("open below a file:", describe(e))
    try:
        os.rmdir(base + "/file")
    except OSError as e:
        print("rmdir a file:", describe(e))
    try:
        os.rmdir(base + "/missing")
    except OSError as e:
        print("rmdir missing:", describe(e))
    try:
        os.remove(base)
    except OSError as e:
        print("remove a dir:", describe(e))
    try:
        os.rename(base + "/missing", base + "/other")
    except OSError as e:
        print("rename:", describe(e))
    try:
        os.stat(base + "/missing")
    except OSError as e:
        print("stat:", describe(e))
    try:
        os.close(987654)
    except OSError as e:
        print("close:", describe(e))
    try:
        os.read(987654, 1)
    except OSError as e:
        print("read:", describe(e))
    try:
        os.open("it's \"q\"", os.O_RDONLY)
    except OSError as e:
        print("quotes:", describe(e), str(e))
    made = FileExistsError("made here")
    print(repr(made), str(made), repr(NotADirectoryError()))
    os.remove(base + "/file")
    os.rmdir(base)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
