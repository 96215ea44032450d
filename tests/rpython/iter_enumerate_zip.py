def main(argv: list[str]) -> int:
    fruits = ["apple", "banana", "cherry"]
    for i, f in enumerate(fruits):
        print(i, f)
    for i, f in enumerate(fruits, 1):
        print(i, f)
    for i, f in enumerate(fruits, start=-2):
        print(i, f)
    for i, c in enumerate("hey"):
        print(i, c)
    prices = [1.25, 0.5, 3.0]
    for f, p in zip(fruits, prices):
        print(f, p)
    for a, b in zip([1, 2, 3, 4], "xy"):
        print(a, b)
    for lo, hi in zip(range(3), range(10, 13)):
        print(lo + hi)
    n = 0
    nothing: list[int] = []
    for x, y in zip(nothing, [1]):
        n += 1
    print("empty zip", n)
    e = list(enumerate(["p", "q"]))
    print(e)
    z = list(zip(["k"], [True]))
    print(z)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
