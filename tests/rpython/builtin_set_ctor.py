def main(argv: list[str]) -> int:
    empty: set[int] = set()
    print(len(empty), 1 in empty)
    s = set([1, 2, 2, 3])
    print(sorted(s), len(s))
    t = set("banana")
    print(sorted(t))
    u = set(range(0, 10, 3))
    print(sorted(u))
    v = set((5, 5, 6))
    print(sorted(v))
    w = set({"k": 1, "j": 2})
    print(sorted(w))
    x = set(s)
    x.add(99)
    print(len(s), len(x))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
