def main(argv: list[str]) -> int:
    for c in "hi!":
        print("char", c)
    for b in b"AB":
        print("byte", b)
    for t in (3, 1, 2):
        print("tuple item", t)
    s = {42}
    for v in s:
        print("set item", v)
    for x in range(5, 0, -2):
        print("range", x)
    for x in range(-3):
        print("never")
    total = 0
    for row in [[1, 2], [3], []]:
        for v in row:
            total += v
    print("total", total)
    for i in range(3):
        for j in range(3):
            if j > i:
                break
            print(i, j)
    xs = [1, 2, 3]
    for x in xs:
        if x == 2:
            continue
        print("kept", x)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
