# str.partition and str.rpartition return 3-tuples.


def split_kv(s: str) -> tuple[str, str]:
    k, _, v = s.partition("=")
    return (k.strip(), v.strip())


def main(argv: list[str]) -> int:
    print("a=b=c".partition("="))
    print("a=b=c".rpartition("="))
    print("abc".partition("="))
    print("abc".rpartition("="))
    print("".partition("x"), "".rpartition("x"))
    print("héllo wörld".partition("ö"))
    head, sep, tail = "key: value: more".partition(": ")
    print(repr(head), repr(sep), repr(tail))
    a, b, c = "path/to/file.txt".rpartition("/")
    print(a, b, c)
    t = "x->y".partition("->")
    print(len(t), t[0], t[2], t[-1], t == ("x", "->", "y"))
    print(str(t), repr(t))
    print(split_kv(" name = RPython "))
    parts = [s.partition(",") for s in ["1,2", "3", ",4"]]
    print(parts)
    for x in "a.b".rpartition("."):
        print("part", repr(x))
    print(list("a:b".partition(":")))
    try:
        "abc".partition("")
    except ValueError as e:
        print("ValueError:", e)
    try:
        "abc".rpartition("")
    except ValueError as e:
        print("ValueError:", e)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
