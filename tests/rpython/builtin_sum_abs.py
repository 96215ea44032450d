def main(argv: list[str]) -> int:
    print(sum([1, 2, 3]), sum([0]), sum(range(101)), sum([1, 2], 10))
    print(sum([0.1] * 10, 0.0), sum([1.5, 2.5, -1.0]), sum([1.0], 0.5))
    print(sum([x * x for x in range(10)]), sum((1, 2, 3)))
    print(abs(-5), abs(5), abs(0), abs(-2.5), abs(-0.0), abs(-9223372036854775807))
    vals = [-3, 4, -5]
    print(sum([abs(v) for v in vals]))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
