# str.format field parsing as CPython: nested fields with their own conversion and spec, names that
# start with a digit, Unicode digits, CPython's ValueErrors; `%(key)` with a tuple needs a mapping.
def show(f: str) -> None:
    try:
        print(repr(f), "->", repr(f.format(3, 12, "ab", a="A", b=2.5)))
    except ValueError as e:
        print(repr(f), "ValueError", e)
    except IndexError as e:
        print(repr(f), "IndexError", e)
    except KeyError as e:
        print(repr(f), "KeyError", e)


def pct(f: str, a: str, b: int) -> None:
    try:
        print(repr(f), "->", repr(f % (a, b)))
    except TypeError as e:
        print(repr(f), "TypeError", e)
    except ValueError as e:
        print(repr(f), "ValueError", e)


def main(argv: list[str]) -> int:
    print("{0:{1:}}|".format("ab", 4), "{0:{1:d}}|".format("ab", 4), "{:{!s}}|".format("ab", 4))
    f = "{:{:}}|"
    print(f.format("ab", 7), "{0!r:>{1}}|{1:{0}}|".format("x", 5), "{0:{1}.{1}}|".format(2.5, 3))
    fields = ["{0:{1:}}|", "{0:{1:d}}|", "{:{!s}}|", "{:{:}}|", "{0 }", "{1x}", "{0x}", "{1_0}", "{\u0663}",
              "{\u0661\u0660}", "{\U0001d7d8}", "{0!r", "{0:>", "{", "}", "x}y", "{0!}", "{0!}}", "{0!}x}", "{0!rr}",
              "{0!x}", "{0!\xe9}", "{:{:{}}}", "{0[}", "{}{0}", "{0}{}", "{!", "{0!", "{0", "{ ", "a{{b}}c", "}}{{",
              "{0:{{}}}", "{0:{1:{0}}}", "{0:}}", "{0!r:}", "{0!s:>{1}}", "{99999999999999999999}",
              "{99999999999999999999x}", "{0.}", "{0[]}", "{0]}", "{a}", "{b:{1}}", "{c}", "{a[}", "{0:{9}}",
              "{0:{1!x}}", "{0!x:{9}}", "{9!x}", "{:>{1}{}}", "{{{0}}}", "{0{}", "{0:{", "{0!r:{", "{0:\u0663}",
              "{a!r:<{1}}", "{00}", "{-1}", "{ 1}", "{1 }", "{0:{{}", "{0!a:{1}}", "{5[0]}", "{c.x}"]
    for s in fields:
        show(s)
    for s in ["%(x)s", "%s %(x)s", "%s %d %(x)s", "%-(x)s", "%(x", "%s %s %s", "%s", "%c%d", "%d %d", "%s %",
              "%s %y"]:
        pct(s, "ab", 42)
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv))
