def main(argv: list[str]) -> int:
    xs = [1, 2, 3, 4]
    for x in reversed(xs):
        print(x)
    print(list(reversed(xs)), xs)
    for i in reversed(range(3)):
        print("r", i)
    print(list(reversed(range(0, 10, 3))))
    print("".join(reversed("stressed")))
    print(list(reversed((7, 8, 9))))
    for c in reversed("ab\U0001F40D"):
        print(repr(c))
    xs.reverse()
    print(xs)
    empty: list[str] = []
    print(list(reversed(empty)))
    for i, v in enumerate(reversed(["x", "y", "z"])):
        print(i, v)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
