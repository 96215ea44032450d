def main(argv: list[str]) -> int:
    for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (6, 3)]:
        q, r = divmod(a, b)
        print(a, b, q, r, q * b + r == a)
    print(divmod(7.5, 2.0), divmod(-7.5, 2.0), divmod(1.0, 0.3))
    print(round(2.5), round(3.5), round(-1.5), round(0.4999), round(1234.5678, 2), round(1234.5678, -2))
    print(round(15, -1), round(25, -1), round(-25, -1), round(123, 1))
    x = round(7.7)
    print(x + 1)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
