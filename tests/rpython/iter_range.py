def main(argv: list[str]) -> int:
    print(list(range(5)), list(range(2, 6)), list(range(0, 10, 3)))
    print(list(range(10, 0, -3)), list(range(5, 5)), list(range(-2, 2)))
    print(len(list(range(10))), len(list(range(0, 10, 3))), len(list(range(10, 0))), len(list(range(10, 0, -1))))
    r = list(range(3, 12, 4))
    print(r[0], sum(r), max(r), min(r), 7 in r)
    acc = 0
    for i in range(1000):
        acc += i
    print(acc)
    n = 4
    for i in range(n):
        n -= 1
        print(i, n)
    for i in range(3):
        i = i * 10
        print(i)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
