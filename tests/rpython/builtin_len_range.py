def main(argv: list[str]) -> int:
    print(len("abc"), len(""), len("\U0001F40D\u00e9"), len(b"ab"), len([1, 2]), len((1, 2, 3)))
    print(len({"a": 1}), len({1, 2, 3, 3}), len([[1, 2], [3]]))
    print(list(range(4)), list(range(1, 4)), list(range(1, 10, 4)), list(range(3, -3, -2)))
    total = 0
    for i in range(0, 100, 7):
        total += i
    print(total)
    print(list(range(0)), list(range(5, 1)), list(range(-5, -1)))
    n = 0
    for _ in range(1000):
        n += 1
    print(n)
    try:
        for i in range(0, 5, 0):
            print(i)
    except ValueError as e:
        print("ValueError:", e)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
