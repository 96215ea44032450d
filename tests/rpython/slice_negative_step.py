def palindromes(words: list[str]) -> list[str]:
    return [w for w in words if w == w[::-1]]


def main(argv: list[str]) -> int:
    xs = list(range(12))
    for step in [1, 2, 3, 5, -1, -2, -5, 11, -11, 100, -100]:
        print(step, xs[::step])
    for start, stop in [(0, 12), (3, 9), (-3, -9), (-9, -3), (20, -20), (-20, 20)]:
        print(start, stop, xs[start:stop], xs[start:stop:-1], xs[start:stop:2])
    zero = 0
    try:
        print(xs[::zero])
    except ValueError as e:
        print("ValueError:", e)
    try:
        print("abc"[1::zero])
    except ValueError as e:
        print("ValueError:", e)
    print(palindromes(["level", "noon", "abc", "", "a", "ab"]))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
