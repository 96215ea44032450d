"""An uncaught subclass of KeyboardInterrupt is not re-raised as SIGINT by
CPython (it checks the exact class): traceback and exit status 1."""


class Stop(KeyboardInterrupt):
    pass


def main(argv: list[str]) -> int:
    print("k")
    raise Stop("bye")


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
