"""os.read with a negative count: CPython raises OSError EINVAL, and checks
the count before the descriptor."""

import os
import sys


def try_read(fd: int, n: int) -> str:
    try:
        return "read " + repr(os.read(fd, n))
    except OSError as e:
        return "OSError " + str(e.errno) + " " + str(e)
    except ValueError as e:
        return "ValueError " + str(e)


def main(argv: list[str]) -> int:
    print(try_read(0, -1))
    print(try_read(0, -(2**63)))
    print(try_read(987654, -1))
    print(try_read(-1, -5))
    print(try_read(-1, 1))
    print(try_read(987654, 0))
    print(try_read(0, 0))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
