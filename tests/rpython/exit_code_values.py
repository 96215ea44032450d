"""SystemExit codes as CPython has them: sys.exit() and sys.exit(None) give
a code of None (exit status 0), an int is the status (this program ends
with 3). Str codes are in exit_code_text.py (a program that exits with a
str may not read `e.code`)."""

import sys


class Quit(SystemExit):
    pass


class Status(SystemExit):
    def __init__(self, n: int) -> None:
        super().__init__(n * 2)
        self.n = n


class Plain(SystemExit):
    def __init__(self) -> None:
        super().__init__()


def show(e: SystemExit) -> None:
    print(repr(e), "[" + str(e) + "]", e.code, e.code is None)


def code_or_zero(e: SystemExit) -> int:
    c = e.code
    if c is None:
        return 0
    return c + 100


def leave(code: int | None) -> None:
    sys.exit(code)


def main(argv: list[str]) -> int:
    try:
        sys.exit()
    except SystemExit as e:
        show(e)
        print(code_or_zero(e))
    try:
        sys.exit(None)
    except SystemExit as e:
        show(e)
    try:
        sys.exit(3)
    except SystemExit as e:
        show(e)
        print(code_or_zero(e))
    try:
        sys.exit(0)
    except SystemExit as e:
        show(e)
    try:
        sys.exit(-1)
    except SystemExit as e:
        show(e)
    try:
        leave(None)
    except SystemExit as e:
        show(e)
    try:
        leave(7)
    except SystemExit as e:
        show(e)
    try:
        raise SystemExit
    except SystemExit as e:
        show(e)
    try:
        raise SystemExit(5)
    except SystemExit as e:
        show(e)
    try:
        raise SystemExit()
    except SystemExit as e:
        show(e)
    try:
        raise Quit(9)
    except SystemExit as e:
        show(e)
    try:
        raise Status(4)
    except Status as e:
        show(e)
        print(e.n)
    try:
        raise Plain()
    except SystemExit as e:
        show(e)
    errors: list[BaseException] = [SystemExit(2), SystemExit(), ValueError("v")]
    print(errors)
    try:
        sys.exit(3)
    finally:
        print("finally runs before the exit")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
