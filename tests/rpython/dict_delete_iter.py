def main(argv: list[str]) -> int:
    d: dict[str, int] = {}
    for i in range(12):
        d["k" + str(i)] = i
    for k in list(d.keys()):
        if d[k] % 3 == 0:
            del d[k]
    print(d)
    keep = {k: v for k, v in d.items() if v > 5}
    print(keep)
    d.update(keep)
    d["k0"] = 0
    print(list(d.items())[-3:])
    xs = [5, 6, 7, 8, 9]
    del xs[0]
    del xs[-1]
    print(xs)
    del xs[1]
    print(xs, len(xs))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
