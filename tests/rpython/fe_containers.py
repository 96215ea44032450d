def main(argv: list[str]) -> int:
    d = {"one": 1, "two": 2}
    d["three"] = 3
    del d["one"]
    print(d, len(d), "two" in d, d.get("zzz", -1), d.get("two"))
    for k, v in d.items():
        print(k, v)
    print(sorted(d.keys()), list(d.values()))
    sq = {x: x * x for x in range(5) if x % 2 == 0}
    print(sq)
    evens = {x % 3 for x in range(10)}
    print(evens, 2 in evens, len(evens))
    nested = [[i * j for j in range(3)] for i in range(3) if i > 0]
    print(nested)
    xs = [5, 3, 8]
    del xs[0]
    xs += [1]
    print(xs, xs * 2, [0] * 3, list("ab"), tuple([1, 2]), set([1, 1, 2]))
    for i, x in enumerate(xs, 1):
        print(i, x)
    for a, b in zip("abc", [1, 2]):
        print(a, b)
    for x in reversed(xs):
        print(x, end=" ")
    print()
    for x in xs:
        if x > 100:
            break
    else:
        print("no break")
    n = 0
    while n < 3:
        n += 1
    else:
        print("while done", n)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
