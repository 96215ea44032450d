def main(argv: list[str]) -> int:
    for n in [0, 1, -1, -2, 42, 1000000, -9223372036854775807]:
        print(n, hash(n))
    for x in [0.0, 1.0, -1.0, 0.5, 1.5, -0.0, 2.0 ** 40]:
        print(x, hash(x))
    print(hash(True), hash(False))
    print(hash(1) == hash(1.0), hash(2) == hash(2.0))
    s1 = "hello"
    s2 = "hel" + "lo"
    print(hash(s1) == hash(s2), hash(b"ab") == hash(b"a" + b"b"))
    print(hash((1, 2)) == hash((1, 2)), hash(("a", 1)) == hash(("a", 1)))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
