"""An uncaught KeyboardInterrupt ends the program as on
CPython: the traceback on stderr, then death by SIGINT (CPython re-raises
the signal; the harness sees a signal, a shell status 130). Caught ones
behave as any exception."""


class Stop(KeyboardInterrupt):
    pass


def main(argv: list[str]) -> int:
    try:
        raise KeyboardInterrupt()
    except KeyboardInterrupt as e:
        print("caught", repr(e))
    try:
        raise Stop("x")
    except Exception:
        print("not an Exception")
    except BaseException as e:
        print("base", repr(e))
    print("k")
    raise KeyboardInterrupt("bye")


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
