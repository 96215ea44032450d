"""Paths holding lone surrogates: U+DC80..U+DCFF stand for the raw bytes
0x80..0xFF (CPython's surrogateescape file-system encoding), so such a
path names a file; any other surrogate cannot be encoded
(UnicodeEncodeError). An OSError message shows the path's repr, which
escapes a lone surrogate. Only ascii() of the texts is printed."""

import os
import sys


def try_open(path: str) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
        os.close(fd)
        print("opened")
    except OSError as e:
        print(type_of(e), e.errno, ascii(str(e)), ascii(repr(e)))
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError", ascii(str(e)))


def type_of(e: OSError) -> str:
    if isinstance(e, FileNotFoundError):
        return "FileNotFoundError"
    if isinstance(e, NotADirectoryError):
        return "NotADirectoryError"
    return "OSError"


def main(argv: list[str]) -> int:
    try_open("/nonexistent-rpy-dir/a\udcffb")
    try_open("/nonexistent-rpy-dir/\udc80")
    try_open("/nonexistent-rpy-dir/x\U0001f600\udcc3\udca9")
    try_open("/nonexistent-rpy-dir/\ud800")
    try_open("/nonexistent-rpy-dir/ok\udbff")
    try_open("/nonexistent-rpy-dir/\xa0\x7f\xad")
    try:
        os.stat("/nonexistent-rpy-dir/\udcfe")
    except OSError as e:
        print("stat", e.errno, ascii(str(e)))
    try:
        os.stat("/nonexistent-rpy-dir/\udbff")
    except UnicodeEncodeError as e:
        print("stat", ascii(str(e)))
    try:
        os.listdir("/nonexistent-rpy-dir/\udcfe")
    except OSError as e:
        print("listdir", e.errno, ascii(str(e)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
