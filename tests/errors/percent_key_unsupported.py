"""`%(a)5%`: after a key (or flags), `%` is a conversion, and an
unsupported one: CPython raises ValueError (at an index of the format with
the key), which the translator reports at translation time."""


def main(argv: list[str]) -> int:
    d = {"a": 5}
    print("%(a)5%" % d)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
