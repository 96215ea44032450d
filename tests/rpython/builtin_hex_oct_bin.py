def main(argv: list[str]) -> int:
    for n in [0, 1, 7, 8, 15, 16, 255, 256, 4095, -1, -255, 9223372036854775807, -9223372036854775807]:
        print(n, hex(n), oct(n), bin(n))
    print(hex(255)[2:], bin(10)[2:].zfill(8), len(bin(1023)) - 2)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
