"""`e.code` is an `int | None`: in a program that exits with a str code,
where CPython gives the str, reading it is an error."""

import sys


def code_of(e: SystemExit) -> int:
    c = e.code
    if c is None:
        return 0
    return c


def main(argv: list[str]) -> int:
    try:
        sys.exit(2)
    except SystemExit as e:
        print(code_of(e))
    try:
        sys.exit("usage: prog FILE")
    except SystemExit as e:
        print(e.code)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
