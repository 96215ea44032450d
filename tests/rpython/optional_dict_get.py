def main(argv: list[str]) -> int:
    ages = {"ann": 31, "bob": 27}
    for name in ["ann", "cid", "bob"]:
        a = ages.get(name)
        if a is None:
            print(name, "unknown")
        else:
            print(name, a + 1)
    print(ages.get("zed"), ages.get("ann", 0), ages.get("zed", -1))
    cache: dict[str, str] = {}
    for key in ["x", "y", "x", "z", "y"]:
        hit = cache.get(key)
        if hit is not None:
            print("hit", key, hit)
        else:
            cache[key] = key * 3
            print("miss", key)
    print(cache)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
