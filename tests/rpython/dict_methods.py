def main(argv: list[str]) -> int:
    d = {"a": 1, "b": 2}
    print(d.get("a"), d.get("z"), d.get("z", 0), d.get("b", 9))
    print(d.setdefault("c", 3), d.setdefault("a", 99), d)
    print(d.pop("b"), d, d.pop("zz", -1))
    d.update({"x": 10, "a": 11})
    print(d)
    c = d.copy()
    c["new"] = 0
    print(len(d), len(c), "new" in d)
    items = list(d.items())
    print(items)
    for k, v in d.items():
        print(k, "=", v)
    total = 0
    for v in d.values():
        total += v
    print(total, sorted(d.keys()), sorted(d.values()))
    d.clear()
    print(d, len(d))
    groups: dict[str, list[int]] = {}
    for n in range(10):
        key = "even" if n % 2 == 0 else "odd"
        groups.setdefault(key, []).append(n)
    print(groups)
    other = dict([("p", 1), ("q", 2)])
    print(other)
    z = dict(zip(["k1", "k2"], [5, 6]))
    print(z)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
