def main(argv: list[str]) -> int:
    print((1, 2) < (1, 3), (1, 2) < (1, 2), (2, 0) > (1, 9), (1, 2) <= (1, 2))
    print((1, "b") < (1, "c"), ("a", 5) < ("b", 0), (0, 0) >= (0, 0))
    print((1, 2, 3) == (1, 2, 3), (1, 2) != (1, 2))
    pairs = [(3, "c"), (1, "z"), (2, "b"), (1, "a"), (3, "a")]
    print(sorted(pairs))
    print(sorted(pairs, reverse=True))
    print(min(pairs), max(pairs))
    words = ["pear", "fig", "apple", "kiwi", "banana", "date"]
    print(sorted(words, key=lambda w: (len(w), w)))
    print(sorted(words, key=lambda w: (-len(w), w)))
    scores = [("ann", 90, 1.5), ("bob", 85, 2.0), ("cid", 90, 0.5)]
    ranked = sorted(scores, key=lambda s: (-s[1], s[2]))
    for name, score, t in ranked:
        print(name, score, t)
    pairs.sort()
    print(pairs[0], pairs[-1])
    fl = [(1.5, 2), (1.5, 1), (-0.5, 9)]
    fl.sort()
    print(fl)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
