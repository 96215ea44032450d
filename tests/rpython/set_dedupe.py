def dedupe(xs: list[str]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for x in xs:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


def main(argv: list[str]) -> int:
    data = ["b", "a", "b", "c", "a", "d", "c"]
    print(dedupe(data))
    nums = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
    uniq = set(nums)
    print(len(uniq), sorted(uniq), sorted(uniq, reverse=True))
    seen: set[int] = set()
    dups: list[int] = []
    for x in nums:
        if x in seen:
            dups.append(x)
        seen.add(x)
    print(dups)
    primes: set[int] = set(range(2, 60))
    for i in range(2, 8):
        for j in range(i * i, 60, i):
            primes.discard(j)
    print(sorted(primes))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
