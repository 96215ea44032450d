"""int() and float() strip CPython's whitespace: among ASCII only
space and \\t\\n\\v\\f\\r (not the separators 0x1c-0x1f, although
str.isspace() is true for them), and Unicode spaces beyond ASCII."""


def main(argv: list[str]) -> int:
    for s in ["\x1c7", "7\x1f", " 7 ", "\t\n7\r\x0b\x0c", "\u20037", "\x857", "\u30007\u3000", "\x1d7.5"]:
        try:
            print(repr(s), int(s))
        except ValueError as e:
            print(repr(s), "ValueError", e)
        try:
            print(repr(s), float(s))
        except ValueError as e:
            print(repr(s), "ValueError", e)
    for f in ["{0!}", "{!}", "{0!r:>4}"]:
        try:
            print(repr(f), f.format(1))
        except ValueError as e:
            print(repr(f), "ValueError", e)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
