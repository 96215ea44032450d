def main(argv: list[str]) -> int:
    s: set[int] = set()
    for i in range(5000):
        s.add(i * 7 % 1001)
    print(len(s), min(s), max(s), sum(s))
    for i in range(0, 1001, 2):
        s.discard(i)
    print(len(s), 3 in s, 4 in s)
    strs: set[str] = set()
    for i in range(300):
        strs.add("item" + str(i % 120))
    print(len(strs), "item119" in strs, "item120" in strs)
    b: set[bytes] = {b"a", b"b"}
    b.add(b"a")
    print(len(b), b"a" in b, b"c" in b)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
