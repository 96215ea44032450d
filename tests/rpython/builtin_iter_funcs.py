def main(argv: list[str]) -> int:
    names = ["x", "y", "z"]
    print(list(enumerate(names)), list(enumerate(names, 10)))
    print(list(zip(names, [1, 2, 3])), list(zip([1, 2], "abc")))
    print(list(reversed(names)), list(reversed("abc")), list(reversed(range(3))))
    print(list("hey"), list((1, 2)), list(range(3)), list({"a": 1, "b": 2}))
    print(tuple([1, 2]), tuple("ab"))
    s = set([3, 3, 1])
    print(sorted(s), len(set("aab")))
    d = dict([("a", 1), ("b", 2)])
    print(d, dict(zip("xy", [9, 8])))
    copy = list(names)
    copy.append("w")
    print(names, copy)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
