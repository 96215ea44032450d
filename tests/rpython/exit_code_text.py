"""A SystemExit with a str code: its message is written to stderr when it
escapes main and the exit status is 1 (this program ends that way); repr
and str as CPython's. (`e.code` would be the str on CPython: a program that
exits with a str may not read it, see tests/errors/exit_code_text_read.py.)"""

import sys


class Abort(SystemExit):
    def __init__(self, why: str) -> None:
        super().__init__("abort: " + why)


class Quit(SystemExit):
    pass


def main(argv: list[str]) -> int:
    try:
        raise Abort("disk full")
    except SystemExit as e:
        print(repr(e), str(e))
    try:
        sys.exit("not printed: caught")
    except SystemExit as e:
        print(repr(e), str(e))
    try:
        sys.exit("")
    except SystemExit as e:
        print(repr(e), "[" + str(e) + "]")
    try:
        raise Quit("q")
    except Quit as e:
        print(repr(e), str(e), isinstance(e, SystemExit))
    try:
        raise SystemExit(4)
    except SystemExit as e:
        print(repr(e), str(e))
    errors: list[BaseException] = [SystemExit(2), SystemExit(), SystemExit("m"), ValueError("v")]
    print(errors)
    try:
        sys.exit("error: giving up")
    finally:
        print("finally runs before the message is printed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
