def main(argv: list[str]) -> int:
    sq = {x: x * x for x in range(6)}
    print(sq)
    words = ["alpha", "beta", "gamma", "delta"]
    lens = {w: len(w) for w in words}
    print(lens)
    inv = {v: k for k, v in sq.items()}
    print(inv)
    long_only = {w: n for w, n in lens.items() if n > 4}
    print(long_only)
    index = {w: i for i, w in enumerate(words)}
    print(index)
    firsts = {w[0]: w for w in words}
    print(firsts)
    grid = {(r, c): r * c for r in range(3) for c in range(3) if r <= c}
    print(grid)
    zipped = {k: v for k, v in zip(["x", "y", "z"], [1.5, 2.5, 3.5])}
    print(zipped)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
