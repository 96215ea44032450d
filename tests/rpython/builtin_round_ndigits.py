# round(int, n) for n from -25 to 5 on values near the 64-bit limits and halfway cases, and
# round(float, n) with large negative n on huge floats (OverflowError past the largest float).
def ints() -> list[int]:
    big = 9223372036854775807
    return [0, 1, -1, 5, -5, 15, 25, 35, -25, -35, 45, 150, 250, -250, 123, -123, 999,
            1000000000000000000, -1000000000000000000, 5000000000000000000, -5000000000000000000,
            big, -big - 1, -big, big - 1, 9223372036854775000, -9223372036854775000, big - 49,
            big - 50, -big + 50, 4500000000000000000, -5500000000000000000 + 1]


def show_f(x: float, n: int) -> None:
    try:
        print(x, n, round(x, n))
    except OverflowError as e:
        print(x, n, "OverflowError", e)


def main(argv: list[str]) -> int:
    for i in ints():
        line: list[str] = []
        for n in range(-25, 6):
            # a result outside 64 bits is CPython's big int and our by-design OverflowError:
            # both print "big"
            try:
                r = round(i, n)
                if r > 9223372036854775807 or r < -9223372036854775807 - 1:
                    line.append("big")
                else:
                    line.append(str(r))
            except OverflowError:
                line.append("big")
        print(i, " ".join(line))
    print(round(25, -1), round(35, -1), round(-25, -1), round(-35, -1), round(250, -2), round(-350, -2))
    for x in [1.7976931348623157e308, -1.7976931348623157e308, 1e308, 9.5e307, 1.5e308, 4.5e307, 123.456]:
        for n in [-309, -308, -307, -306, -300, -20, -2, 0, 2]:
            show_f(x, n)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
