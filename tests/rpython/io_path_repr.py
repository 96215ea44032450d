"""An OSError's message quotes its path as repr() does: characters repr
escapes as non-printable (format characters, separators, private-use and
unassigned code points) are escaped, printable ones (accented letters,
CJK, emoji, combining marks) are kept; the quote is chosen and
backslashes doubled as repr does. Every path lies under a directory that
does not exist, so nothing is created. ascii() keeps the output ASCII."""

import os
import sys

BASE = "/nonexistent-rpy-dir/"

NAMES: list[str] = [
    "zero\u200bwidth",
    "line\u2028sep",
    "para\u2029sep",
    "ideo\u3000space",
    "private\ue000use",
    "plane15\U000f0000",
    "unassigned\u0378",
    "unassigned\U0003ffff",
    "bom\ufeff",
    "soft\xadhyphen",
    "nbsp\xa0",
    "e\u0301combining",
    "caf\xe9",
    "\u4e2d\u6587",
    "emoji\U0001f600",
    "it's",
    'say "hi"',
    "both ' and \"",
    "back\\slash",
    "tab\tnew\nline",
    "\u200b' and \\",
    "ascii-only",
]


def kind(e: OSError) -> str:
    if isinstance(e, FileNotFoundError):
        return "FileNotFoundError"
    if isinstance(e, NotADirectoryError):
        return "NotADirectoryError"
    if isinstance(e, FileExistsError):
        return "FileExistsError"
    return "OSError"


def show(op: str, e: OSError) -> None:
    print(op, kind(e), e.errno, ascii(str(e)), ascii(repr(e)))


def try_all(path: str) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
        os.close(fd)
        print("open: opened")
    except OSError as e:
        show("open", e)
    try:
        os.stat(path)
        print("stat: found")
    except OSError as e:
        show("stat", e)
    try:
        os.remove(path)
        print("remove: removed")
    except OSError as e:
        show("remove", e)
    try:
        os.unlink(path)
        print("unlink: removed")
    except OSError as e:
        show("unlink", e)
    try:
        os.mkdir(path)
        print("mkdir: made")
    except OSError as e:
        show("mkdir", e)
    try:
        os.rmdir(path)
        print("rmdir: removed")
    except OSError as e:
        show("rmdir", e)
    try:
        print("listdir:", len(os.listdir(path)))
    except OSError as e:
        show("listdir", e)
    try:
        os.rename(path, path + "\u2028b")
        print("rename: renamed")
    except OSError as e:
        show("rename", e)
    try:
        os.replace(BASE + "plain", path)
        print("replace: replaced")
    except OSError as e:
        show("replace", e)


def main(argv: list[str]) -> int:
    for name in NAMES:
        try_all(BASE + name)
    # The same exception object reaches the handler: it can be re-raised
    # and caught again with its message intact.
    try:
        try:
            os.stat(BASE + "\u3000")
        except FileNotFoundError as e:
            print("inner", ascii(str(e)))
            raise
    except OSError as e:
        print("outer", kind(e), e.errno, ascii(str(e)), ascii(repr(e)))
    # A name under a file (not a directory): ENOTDIR.
    here = argv[0]
    try:
        os.stat(here + "/\u200b")
    except OSError as e:
        print("under a file", kind(e), e.errno, ascii(str(e)[: len("[Errno 20] Not a directory: ")]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
