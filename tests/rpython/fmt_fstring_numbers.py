def main(argv: list[str]) -> int:
    for n in [0, 7, -7, 42, 255, 1000, -123456, 1234567890]:
        print(f"[{n:2d}] [{n:6d}] [{n:<6d}] [{n:06d}] [{n:x}] [{n:X}] [{n:o}] [{n:b}] [{n:,}] [{n:+d}]")
    print(f"{9223372036854775807:,} {-9223372036854775807:x}")
    print(f"{255:#x} {8:#o} {5:#b} {255:08b} {3:>4x}")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
