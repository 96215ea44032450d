# The keyword arguments CPython's methods of builtin types accept (most
# take positional arguments only: see tests/errors/method_keyword_positional_only.py).


def main(argv: list[str]) -> int:
    print("a,b,c".split(sep=",", maxsplit=1))
    print("a b  c".split(maxsplit=1))
    print("a,b,c".rsplit(",", maxsplit=1))
    print("a,b,c".rsplit(maxsplit=0, sep=","))
    print("x\ny\r\nz".splitlines(keepends=True))
    print("a\tb".expandtabs(tabsize=4))
    print("h\xe9".encode(encoding="latin-1"))
    print("h\xe9".encode(errors="replace", encoding="ascii"))
    print(b"h\xc3\xa9".decode(encoding="utf-8", errors="strict"))
    xs = [3, 1, 2]
    xs.sort(reverse=True)
    print(xs)
    xs.sort(key=lambda v: v % 3, reverse=False)
    print(xs)
    print("{a}-{b}".format(b=1, a="x"))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
