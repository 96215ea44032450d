"""'*' width and precision in %-formatting (from the argument tuple;
negative width left-aligns, negative precision is 0), length modifiers,
'%%' versus '%' after flags, and CPython's errors."""


def fmt_w(w: int, v: int) -> str:
    return "%*d|" % (w, v)


def fmt_p(p: int, v: float) -> str:
    return "%.*f|" % (p, v)


def fmt_wp(w: int, p: int, s: str) -> str:
    return "%*.*s|" % (w, p, s)


def try_fmt(fmt: str, a: int, b: int) -> None:
    try:
        print(repr(fmt % (a, b)))
    except TypeError as e:
        print(repr(e))
    except ValueError as e:
        print(repr(e))


def main(argv: list[str]) -> int:
    print("%*d|" % (5, 1))
    print("%.*f" % (2, 3.14159))
    for w in [-6, -1, 0, 3, 8]:
        print(fmt_w(w, 42), fmt_w(w, -7))
    for p in [-3, 0, 1, 4]:
        print(fmt_p(p, 2.71828), fmt_p(p, -0.5))
    print(fmt_wp(-6, 2, "hello"), fmt_wp(6, 10, "hi"))
    print("%0*d|%-+*d|%*c|%*x" % (6, -3, 5, 2, 3, 65, 4, 255))
    print("%ld|%hi|%Lf|%%|%5.1f%%" % (1, 2, 3.0, 99.44))
    print("%*s|%.*s|" % (True, "a", False, "bcd"))
    for fmt in ["%*d", "%.*d", "%*%", "%5%", "%-%", "%d%", "%*", "%y", "%\x01", "%é", "%l", "%d %d %d"]:
        try_fmt(fmt, 4, 9)
    try:
        print("%*d" % ("5", 1))
    except TypeError as e:
        print(repr(e))
    try:
        print("%*d" % (5.0, 1))
    except TypeError as e:
        print(repr(e))
    try:
        print("%5%|" % ())
    except TypeError as e:
        print(repr(e))
    try:
        print("%.*f" % (2,))
    except TypeError as e:
        print(repr(e))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
