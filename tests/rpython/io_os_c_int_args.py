"""OS calls whose int arguments are C ints on CPython (descriptors, flags,
modes): OverflowError out of range, in argument order; and `errno` of an
OSError the program makes is None."""
import os
import sys


def attempt(label: str, which: int, a: int, b: int) -> None:
    try:
        if which == 0:
            print(label, os.read(a, b))
        elif which == 1:
            print(label, os.write(a, b"x" * b))
        elif which == 2:
            os.close(a)
            print(label, "closed")
        elif which == 3:
            print(label, os.isatty(a))
        elif which == 4:
            fd = os.open("/nonexistent-dir/x", a, b)
            print(label, fd)
        elif which == 5:
            os.mkdir("/nonexistent-dir/x/y", a)
            print(label, "made")
    except OverflowError as e:
        print(label, "OverflowError", e)
    except MemoryError as e:
        print(label, "MemoryError", e)
    except OSError as e:
        print(label, "OSError", e.errno, e)
    except ValueError as e:
        print(label, "ValueError", e)


def main(argv: list[str]) -> int:
    big = [2**31, 2**31 - 1, -2**31, -2**31 - 1, 2**40, -2**40, 2**63 - 1, -2**63]
    for i in range(len(big)):
        fd = big[i]
        attempt("read " + str(fd), 0, fd, 1)
        attempt("write " + str(fd), 1, fd, 1)
        attempt("close " + str(fd), 2, fd, 0)
        attempt("isatty " + str(fd), 3, fd, 0)
        if fd > 2**31 - 1 or fd < -2**31:
            # (in range, the flag bits differ between Linux ports)
            attempt("open flags " + str(fd), 4, fd, 0o644)
        attempt("open mode " + str(fd), 4, os.O_RDONLY, fd)
        attempt("mkdir mode " + str(fd), 5, fd, 0)
    attempt("read negative count", 0, 2**40, -1)
    attempt("read bad fd", 0, 9999, 1)
    try:
        os.open("a\0b", 2**40)
    except ValueError as e:
        print("ValueError", e)
    e = OSError("made here")
    print(e.errno, e.errno is None, str(e))
    f = FileNotFoundError()
    print(f.errno, repr(f.errno))
    try:
        os.read(-1, 1)
    except OSError as e2:
        print(e2.errno, e2.errno is None, e2.errno == 9)
        n = e2.errno
        if n is not None:
            print(n + 1)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
