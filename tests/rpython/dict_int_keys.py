def collatz_len(n: int, memo: dict[int, int]) -> int:
    if n == 1:
        return 1
    if n in memo:
        return memo[n]
    nxt = n // 2 if n % 2 == 0 else 3 * n + 1
    r = 1 + collatz_len(nxt, memo)
    memo[n] = r
    return r


def main(argv: list[str]) -> int:
    memo: dict[int, int] = {}
    best = 0
    best_n = 0
    for n in range(1, 3000):
        c = collatz_len(n, memo)
        if c > best:
            best = c
            best_n = n
    print(best_n, best, len(memo) > 3000)
    neg: dict[int, str] = {-1: "m1", 0: "zero", 9223372036854775807: "max", -9223372036854775807 - 1: "min"}
    print(neg[-1], neg[0], neg[9223372036854775807], neg[-9223372036854775808])
    print(neg)
    for k in [0, -1, 5]:
        print(k, neg.get(k, "absent"))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
