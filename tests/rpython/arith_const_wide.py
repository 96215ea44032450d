# Constant expressions whose intermediates leave 64 bits but whose value
# fits: folded at translation time, as CPython computes them.

INT_MAX = (1 << 63) - 1
INT_MIN = -INT_MAX - 1
INT_MIN2 = -(1 << 63)
MASK = (1 << 64) - 1 >> 1
HALF = 2 ** 64 // 4
BIG_MOD = (1 << 70) % 1000


def main(argv: list[str]) -> int:
    print(INT_MAX, INT_MIN, INT_MIN2, MASK, HALF, BIG_MOD)
    print(INT_MAX == 9223372036854775807, INT_MIN < 0)
    print(INT_MAX - len(argv), INT_MIN + len(argv))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
