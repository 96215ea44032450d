def main(argv: list[str]) -> int:
    print(min(3, 1, 2), max(3, 1, 2), min(5, 5), max(-1, -2))
    print(min([4, 8, 1, 9]), max([4, 8, 1, 9]), min("hello"), max("hello"))
    print(min(2.5, 1.0), max(2.0, 2.5), min([0.5, -0.5]), max(1.0, 1.0))
    print(min("pear", "apple"), max(["b", "abc", "ab"]))
    words = ["kiwi", "fig", "banana", "date"]
    print(min(words, key=lambda w: len(w)))
    print(max(words, key=lambda w: len(w)), max(words, key=lambda w: w[-1]))
    print(min((3, "c"), (1, "z"), (1, "a")), max([(1, 2), (1, 3), (0, 9)]))
    print(max([3, 7, 7, 2], key=lambda x: -x), min([-3, 2, 3], key=lambda x: abs(x)))
    print(max(range(5)), min(range(3, 9)))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
