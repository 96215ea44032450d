import sys


def leave(code: int) -> int:
    try:
        print("in try, exiting with", code)
        sys.exit(code)
    finally:
        print("finally runs on sys.exit")
    return -1


def main(argv: list[str]) -> int:
    try:
        leave(4)
    except SystemExit as e:
        print("caught SystemExit with code", e.code)
    try:
        sys.exit(0)
    except SystemExit as e:
        print("caught zero exit", e.code)
    try:
        leave(9)
    except Exception:
        print("SystemExit is not an Exception: not printed")
    except BaseException:
        print("SystemExit is a BaseException")
    print("now exiting for real")
    sys.exit(7)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
