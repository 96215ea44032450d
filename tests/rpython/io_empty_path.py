"""An empty path names no file: every os function taking a path raises
FileNotFoundError for "" (Java would resolve it to the current directory).
A file name includes the pid, so parallel runs do not collide; the pid
itself is never printed."""

import os
import sys


def kind(e: OSError) -> str:
    if isinstance(e, FileNotFoundError):
        return "FileNotFoundError"
    if isinstance(e, IsADirectoryError):
        return "IsADirectoryError"
    return "OSError"


def report(name: str, e: OSError) -> None:
    print(name, kind(e), e.errno, e)


def main(argv: list[str]) -> int:
    try:
        fd = os.open("", os.O_RDONLY)
        print("open: opened", fd > 2)
        os.close(fd)
    except OSError as e:
        report("open", e)
    try:
        fd = os.open("", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        print("open creat: opened", fd > 2)
        os.close(fd)
    except OSError as e:
        report("open creat", e)
    try:
        print("stat:", os.stat("").st_size >= 0)
    except OSError as e:
        report("stat", e)
    try:
        print("listdir:", len(os.listdir("")) >= 0)
    except OSError as e:
        report("listdir", e)
    try:
        os.remove("")
        print("remove: removed")
    except OSError as e:
        report("remove", e)
    try:
        os.unlink("")
        print("unlink: removed")
    except OSError as e:
        report("unlink", e)
    try:
        os.rmdir("")
        print("rmdir: removed")
    except OSError as e:
        report("rmdir", e)
    try:
        os.mkdir("")
        print("mkdir: made")
    except OSError as e:
        report("mkdir", e)
    try:
        os.mkdir("", 0o700)
        print("mkdir mode: made")
    except OSError as e:
        report("mkdir mode", e)
    # An existing source file and an empty target: nothing moves.
    src = "/tmp/rpy-empty-path-" + str(os.getpid())
    fd = os.open(src, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    os.close(fd)
    try:
        os.rename(src, "")
        print("rename: renamed")
    except OSError as e:
        print("rename", kind(e), e.errno, str(e).replace(src, "SRC"))
    try:
        os.replace("", src)
        print("replace: replaced")
    except OSError as e:
        print("replace", kind(e), e.errno, str(e).replace(src, "SRC"))
    print("source kept:", os.stat(src).st_size == 0)
    os.remove(src)
    try:
        os.stat("\0")
    except ValueError as e:
        print("stat nul:", e)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
