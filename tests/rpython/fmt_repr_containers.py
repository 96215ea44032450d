def main(argv: list[str]) -> int:
    words = ["a", "it's", 'say "x"', "tab\t", "\u00e9", ""]
    print(words)
    print(repr(words), str(words) == repr(words))
    nested = [[1, 2], [], [3]]
    print(nested, [[["deep"]]])
    print([True, False], [0.5, -2.0], [b"x", b""])
    pairs = [(1, "one"), (2, "two")]
    print(pairs, (1,), (1, 2), ("a", ("b", 3)))
    d = {"x": [1, 2], "y": []}
    print(d, {1: "a", 2: "b"}, {(1, 2): 3.5})
    empty: dict[str, int] = {}
    print(empty, len(empty))
    print(f"{words[1:3]} {pairs[0]!r}")
    opt: list[str | None] = ["a", None]
    print(opt)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
