def main(argv: list[str]) -> int:
    d = {"x": 1, "y": 2, "z": 3}
    for k in d:
        print("key", k)
    for k in d.keys():
        print("keys()", k)
    for v in d.values():
        print("value", v)
    for k, v in d.items():
        print("item", k, v)
    for item in d.items():
        print("pair", item, item[0], item[1])
    total = sum(d.values())
    print(total, len(d.keys()), "y" in d.keys())
    ks = sorted(d.keys(), reverse=True)
    print(ks)
    for i, (k, v) in enumerate(d.items()):
        print(i, k, v)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
