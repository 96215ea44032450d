def main(argv: list[str]) -> int:
    nums = [5, 2, 9, 1, 5, 6]
    print(sorted(nums), nums)
    print(sorted(nums, reverse=True))
    print(sorted(nums, key=lambda n: n % 3))
    print(sorted(nums, key=lambda n: n % 3, reverse=True))
    words = ["banana", "Apple", "cherry", "apple", "Banana"]
    print(sorted(words))
    print(sorted(words, key=lambda w: w.lower()))
    print(sorted(words, key=lambda w: (w.lower(), w)))
    print(sorted("hello"), sorted((3, 1, 2)), sorted({3, 1, 2}), sorted({"b": 1, "a": 2}))
    print(sorted([2.5, -1.0, 0.0, 10.0]), sorted([True, False, True]))
    nums.sort()
    print(nums)
    nums.sort(reverse=True)
    print(nums)
    stable = [("a", 2), ("b", 1), ("c", 2), ("d", 1)]
    print(sorted(stable, key=lambda p: p[1]))
    print(sorted(stable, key=lambda p: p[1], reverse=True))
    empty: list[int] = []
    print(sorted(empty))
    big = [(i * 7919) % 1000 for i in range(200)]
    s = sorted(big)
    ok = True
    for i in range(len(s) - 1):
        if s[i] > s[i + 1]:
            ok = False
    print(ok, s[:5], s[-5:])
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
