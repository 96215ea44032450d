def main(argv: list[str]) -> int:
    points = [(0, 0), (3, 4), (-1, 2)]
    for x, y in points:
        print(x, y, x * x + y * y)
    records = [("a", (1, 2)), ("b", (3, 4))]
    for name, (p, q) in records:
        print(name, p + q)
    for i, (x, y) in enumerate(points):
        print(i, x - y)
    a, b, c = 1, 2, 3
    a, b, c = c, a, b
    print(a, b, c)
    triples = [(1, "x", True), (2, "y", False)]
    for n, s, flag in triples:
        if flag:
            print(n, s, "on")
        else:
            print(n, s, "off")
    total = 0
    for (k, v) in {"a": 1, "b": 2}.items():
        total += v
        print(k, v)
    print(total)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
