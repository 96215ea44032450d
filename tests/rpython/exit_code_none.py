"""A SystemExit whose code is an optional int that is None exits with
status 0 (a raised SystemExit() too)."""

import sys


def status(ok: bool) -> int | None:
    if ok:
        return None
    return 4


def main(argv: list[str]) -> int:
    code = status(True)
    print("exiting with", code)
    try:
        sys.exit(status(False))
    except SystemExit as e:
        print("caught", e.code)
    sys.exit(code)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
