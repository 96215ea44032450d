"""The '0' flag on a str (and on ints/floats with an explicit alignment):
fill with '0' in the type's default or given alignment, as CPython."""


def main(argv: list[str]) -> int:
    s = "x"
    b = b"ab"
    n = 42
    x = -2.5
    print(f"{s:010}|{s:05}|{s:<010}|{s:^07}|{s:>06}|{s:*<010}")
    print(f"{b!r:010}|{s!r:08}|{s!a:<8}|{n!r:06}|{n!s:06}")
    print(f"{n:010}|{n:<010}|{n:^09}|{n:>08}|{n:*^010}|{n:00}")
    print(f"{x:010}|{x:<010}|{x:^011}|{x:=010}|{x:010.2f}")
    print(f"{s:010.3}|{'héllo':012}|{'':03}")
    try:
        print(f"{s:=010}")
    except ValueError as e:
        print("ValueError", e)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
