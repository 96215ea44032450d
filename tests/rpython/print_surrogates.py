# Printing a str that holds a lone surrogate, as CPython's stdout (UTF-8,
# errors="surrogateescape"): U+DC80..U+DCFF are written as the bytes
# 0x80..0xFF; any other surrogate raises UnicodeEncodeError at that write
# and nothing of it is written. print() writes each item, sep and end
# separately, so what comes before the failing text is written. stderr
# (backslashreplace) never raises.
import sys


class Named:
    def __init__(self, name: str) -> None:
        self.name = name

    def __str__(self) -> str:
        return "<" + self.name + ">"


def show(e: UnicodeEncodeError) -> None:
    print()
    print("caught:", str(e))
    print("repr:", repr(e))


def attempt_print(items: list[str], sep: str, end: str) -> None:
    try:
        if len(items) == 1:
            print(items[0], sep=sep, end=end)
        elif len(items) == 2:
            print(items[0], items[1], sep=sep, end=end)
        else:
            print(items[0], items[1], items[2], sep=sep, end=end)
        print("|no error")
    except UnicodeEncodeError as e:
        show(e)


def attempt_write(s: str) -> None:
    try:
        n = sys.stdout.write(s)
        print("|wrote", n)
    except UnicodeEncodeError as e:
        show(e)


def main(argv: list[str]) -> int:
    lo = chr(0xDC80)
    hi = chr(0xDCFF)
    bad = chr(0xD800)
    low_bad = chr(0xDD00)
    # Escapable surrogates only: raw bytes.
    print("esc:" + lo + hi + "x")
    print(lo, hi, "é" + lo, sep=lo, end=hi + "\n")
    sys.stdout.write("w" + lo + "\n")
    # A run of surrogates: CPython escapes from the start while it can.
    for s in [
        "a" + bad + "b",
        "a" + lo + bad + "b",
        "a" + bad + lo + "b",
        "a" + lo + low_bad + lo + "b",
        "ab" + bad + chr(0xDBFF) + chr(0xDFFF) + "c",
        bad,
        "x" + lo + "y" + bad,
        "é€😀" + chr(0xDFFF),
    ]:
        attempt_write(s)
        attempt_print([s], " ", "\n")
    # Partial writes: the items, separators and end written before the
    # failing one are out.
    attempt_print(["ok", bad], "-", "\n")
    attempt_print(["ok", "fine", bad + "z"], ", ", ".\n")
    attempt_print(["ok", "fine"], "<" + bad + ">", "\n")
    attempt_print(["ok", lo], "=", "[" + bad + "]\n")
    attempt_print(["one" + lo], " ", "")
    attempt_print(["left", "right"], lo, lo + "\n")
    try:
        print("n", 1, 2.5, True, None, [bad], (lo, 1), {bad: lo}, bad)
    except UnicodeEncodeError as e:
        show(e)
    try:
        print("obj", Named("q" + lo), Named(bad), "after")
    except UnicodeEncodeError as e:
        show(e)
    try:
        raise ValueError("msg " + bad)
    except ValueError as v:
        try:
            print("exc:", v)
        except UnicodeEncodeError as e:
            show(e)
    maybe: str | None = None
    if len(argv) >= 0:
        maybe = "m" + bad
    try:
        print("maybe", maybe)
    except UnicodeEncodeError as e:
        show(e)
    # stderr writes surrogates as \udXXX and never raises.
    print("to stderr", bad, lo, file=sys.stderr)
    n = sys.stderr.write("err " + bad + chr(0xDFFF) + "\n")
    print("stderr wrote", n)
    print("end")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
