def main(argv: list[str]) -> int:
    d = {"one": 1, "two": 2, "three": 3}
    print(d, len(d), d["two"])
    d["four"] = 4
    d["one"] = 100
    print(d)
    print("one" in d, "five" in d, "five" not in d)
    del d["two"]
    print(d, len(d))
    d["two"] = 22
    print(list(d), list(d.keys()), list(d.values()))
    for k in d:
        print(k, d[k])
    e: dict[int, list[str]] = {}
    e[3] = ["c"]
    e[1] = []
    e[1].append("a")
    e[3].append("cc")
    print(e, e[3][1])
    squares: dict[int, int] = {}
    for i in range(-3, 4):
        squares[i] = i * i
    print(squares)
    b: dict[bytes, int] = {b"k": 1}
    b[b"j"] = 2
    print(b, b[b"k"])
    if d:
        print("non-empty dict is true")
    empty: dict[str, int] = {}
    if not empty:
        print("empty dict is false")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
