def main(argv: list[str]) -> int:
    a = 0b1100
    b = 0b1010
    print(a & b, a | b, a ^ b, ~a, ~0, ~-1)
    print(1 << 10, 1 << 62, 1024 >> 3, -1024 >> 3, -1 >> 10, 7 >> 1)
    print(0xFF, 0o17, 0b101, 1_000_000, 0xdead_beef)
    x = 5
    x <<= 2
    x |= 1
    x ^= 3
    x &= 0xFE
    x >>= 1
    print(x)
    print(-7 & 0xFF, -1 & 0xFFFFFFFF, (-8) >> 1, 12 ^ -1)
    print(2 ** 10, 3 ** 0, (-2) ** 5, 10 ** 3)
    n = 7
    print(1 < n < 10, 1 < n > 10, 0 <= n <= 7 < 8, n == 7 != 8)
    print("big" if n > 5 else "small", "even" if n % 2 == 0 else "odd")
    print(not n, not 0, n and 3, 0 or 4, "" or "default", "a" and "b")
    bits = 0
    v = 0b10110111
    while v:
        bits += v & 1
        v >>= 1
    print("popcount", bits)
    print(-17 // 5, -17 % 5, 17 // -5, 17 % -5, -17 // -5, -17 % -5)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
