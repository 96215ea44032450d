# round(x, n) with n near +-2**63: the result no longer depends on n, and
# nothing may overflow on the way.


def main(argv: list[str]) -> int:
    big = 9223372036854775807
    floats = [2.5, -2.5, 0.0, -0.0, 1e300, -1e300, 5e-324, -5e-324, 1.7976931348623157e308, 0.1, 123.456]
    for n in [400, 401, 100000, big, big - 1, -400, -401, -100000, -big, -big - 1, 308, -308, 323, -309]:
        for x in floats:
            try:
                print(n, x, round(x, n))
            except OverflowError as e:
                print(n, x, "OverflowError", e)
        if n > -1000:
            # (CPython computes 10**-n for an int: too slow below that)
            for i in [0, 5, -5, big, -big - 1]:
                print(n, i, round(i, n))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
