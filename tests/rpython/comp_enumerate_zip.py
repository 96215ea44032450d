def main(argv: list[str]) -> int:
    names = ["ann", "bob", "cid"]
    scores = [90, 72, 85]
    print([f"{i}:{n}" for i, n in enumerate(names)])
    print([f"{i}:{n}" for i, n in enumerate(names, 1)])
    print([n + "=" + str(s) for n, s in zip(names, scores)])
    print([n for n, s in zip(names, scores) if s >= 85])
    print({n: s for n, s in zip(names, scores)})
    print([a * b for a, b in zip([1, 2, 3], [4, 5, 6, 7])])
    print([i for i, s in enumerate(scores) if s < 80])
    print([x for x in reversed(names)])
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
