def lookup(d: dict[str, int], k: str) -> str:
    try:
        return str(d[k])
    except KeyError as e:
        return "KeyError: " + str(e)


def lookup_int(d: dict[int, str], k: int) -> str:
    try:
        return d[k]
    except KeyError as e:
        return "KeyError: " + str(e)


def main(argv: list[str]) -> int:
    d = {"a": 1}
    print(lookup(d, "a"))
    print(lookup(d, "b"))
    print(lookup(d, "it's"))
    print(lookup(d, ""))
    print(lookup_int({1: "x"}, 2))
    print(lookup_int({1: "x"}, -5))
    try:
        del d["missing"]
    except KeyError as e:
        print("del:", e)
    try:
        d.pop("gone")
    except KeyError as e:
        print("pop:", e)
    t: dict[tuple[int, str], int] = {}
    try:
        print(t[(1, "a")])
    except KeyError as e:
        print("tuple key:", e)
    try:
        print(d["zz"])
    except LookupError as e:
        print("as LookupError:", e)
    print(d["nope"])
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
