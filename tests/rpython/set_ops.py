def main(argv: list[str]) -> int:
    a = {1, 2, 3, 4, 5}
    b = {4, 5, 6, 7}
    print(sorted(a | b))
    print(sorted(a & b))
    print(sorted(a - b), sorted(b - a))
    print(len(a | b), len(a & b), len(a - a))
    c = a | b
    c = c - {1}
    print(sorted(c), 1 in a)
    evens = set(range(0, 20, 2))
    threes = set(range(0, 20, 3))
    print(sorted(evens & threes), sorted(evens - threes))
    w1 = set("hello world".split())
    w2 = set("goodbye cruel world".split())
    print(sorted(w1 & w2), sorted(w1 | w2), sorted(w2 - w1))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
