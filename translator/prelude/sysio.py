"""Standard input for translated programs (`sys.stdin.readline()`).

Reads one byte at a time from file descriptor 0, so nothing past the line
is consumed: a program that mixes `sys.stdin.readline()` with
`os.read(0, n)` sees every byte exactly once, as an interpreter's REPL
and `input()` need.
"""

import _prims
from str_methods import bytes_decode


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
