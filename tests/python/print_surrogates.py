# print and sys.stdout.write of a str holding a lone surrogate: stdout is
# UTF-8 with errors="surrogateescape" (U+DC80..U+DCFF are written as the
# bytes 0x80..0xFF, any other surrogate raises UnicodeEncodeError and
# nothing of that write is); print writes each item, sep and end on its
# own. stderr (backslashreplace) never raises.
import sys

lo = chr(0xDC80)
bad = "\ud800"


def attempt(f):
    try:
        f()
        print("|no error")
    except UnicodeEncodeError as e:
        print()
        print("caught:", e)


print("esc:" + lo + chr(0xDCFF), lo, sep=lo, end=lo + "\n")
attempt(lambda: print("ok", "x" + bad, sep="-"))
attempt(lambda: print("ok", "fine", sep=bad))
attempt(lambda: print("ok", "fine", end="[" + bad + "]"))
attempt(lambda: print("a" + lo + bad + "b"))
attempt(lambda: print("a" + bad + lo + "b"))
attempt(lambda: sys.stdout.write("w" + lo + "\n"))
attempt(lambda: sys.stdout.write("w" + bad + "\n"))
attempt(lambda: print(repr(bad), [bad], lo))
print("to stderr", bad, lo, file=sys.stderr)
sys.stderr.write("err " + bad + "\n")
print("end")
