def main(argv: list[str]) -> int:
    s: set[int] = set()
    for x in [5, 3, 5, 1, 3, 9]:
        s.add(x)
    print(len(s), sorted(s))
    print(3 in s, 4 in s, 4 not in s)
    s.discard(3)
    s.discard(42)
    print(sorted(s))
    s.remove(5)
    print(sorted(s), len(s))
    lits = {10, 20, 30, 20}
    print(len(lits), sorted(lits))
    words = set(["b", "a", "b", "c"])
    print(len(words), sorted(words), "a" in words)
    chars = set("mississippi")
    print(sorted(chars))
    total = 0
    for v in lits:
        total += v
    print(total)
    if s:
        print("non-empty set is true")
    empty: set[str] = set()
    if not empty:
        print("empty set is false")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
