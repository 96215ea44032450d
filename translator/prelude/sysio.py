"""Standard input for translated programs (`sys.stdin.readline()`), and
the slow path of writing to standard output.

Reads one byte at a time from file descriptor 0, so nothing past the line
is consumed: a program that mixes `sys.stdin.readline()` with
`os.read(0, n)` sees every byte exactly once, as an interpreter's REPL
and `input()` need.
"""

import _prims
from str_methods import _encode_utf8_lenient, bytes_decode


def sys_stdin_readline() -> str:
    """One line with its newline; "" at end of file (UTF-8, strict)."""
    out: list[int] = []
    while True:
        b = _prims.os_read(0, 1)
        if _prims.bytes_len(b) == 0:
            break
        c = _prims.bytes_get(b, 0)
        out.append(c)
        if c == 10:
            break
    return bytes_decode(_prims.bytes_fromlist(out))


def stdout_write_encoded(s: str) -> None:
    """`sys.stdout.write(s)` for a string that `write.out` refused (it holds
    a surrogate), as CPython's stdout (UTF-8, errors="surrogateescape"):
    U+DC80..U+DCFF are the bytes 0x80..0xFF; any other surrogate raises
    CPython's UnicodeEncodeError and nothing of s is written."""
    _prims.write_out_bytes(_encode_utf8_lenient(s, "surrogateescape"))


def stdout_print_encoded(s: str) -> None:
    """The same for `print`'s line: s, then a newline."""
    _prims.write_out_bytes(_encode_utf8_lenient(s, "surrogateescape") + b"\n")
