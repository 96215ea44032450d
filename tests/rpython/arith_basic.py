def main(argv: list[str]) -> int:
    a = 17
    b = 5
    print(a + b, a - b, a * b, a // b, a % b)
    print(-a // b, -a % b, a // -b, a % -b, -a // -b, -a % -b)
    print(-(a - 20), +a)
    x = 7
    x += 3
    x -= 1
    x *= 4
    x //= 5
    x %= 4
    print(x)
    print(1 < 2, 2 <= 2, 3 > 4, 4 >= 5, 5 == 5, 5 != 5)
    print(1 < 2 < 3, 3 > 2 > 2)
    return 0

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
