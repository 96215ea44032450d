"""`%(key)*d`: CPython fetches the `*` width from an argument list the
mapping does not provide and raises TypeError "not enough arguments for
format string"; rejected."""


def main(argv: list[str]) -> int:
    d = {"a": 5}
    print("%(a)*d" % d)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
