def main(argv: list[str]) -> int:
    d: dict[str, int] = {}
    for w in ["zeta", "alpha", "mid", "beta", "alpha", "omega"]:
        d[w] = d.get(w, 0) + 1
    print(d)
    del d["mid"]
    d["mid"] = 7
    print(list(d.keys()))
    d["zeta"] = 100
    print(list(d.items()))
    n: dict[int, int] = {}
    for i in [10, 3, 7, 3, 10, 1000, -5]:
        n[i] = i * 2
    print(n)
    for i in range(1000):
        n[i + 2000] = i
    for i in range(1000):
        del n[i + 2000]
    print(n, len(n))
    n[2500] = 1
    print(list(n)[-1])
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
