def main(argv: list[str]) -> int:
    t = tuple([3, 1, 2])
    print(t, len(t))
    chars = tuple("abc")
    print(chars)
    r = tuple(range(5))
    print(r, r[2:], sum(r))
    back = list(t)
    back.sort()
    print(back, tuple(back) == (1, 2, 3))
    pairs = list(zip((1, 2, 3), ("a", "b", "c")))
    print(pairs)
    for a, b in zip(t, chars):
        print(a, b)
    big = t + (4, 5)
    print(big, big[1:-1])
    print(tuple(sorted(t)), tuple(reversed(t)))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
