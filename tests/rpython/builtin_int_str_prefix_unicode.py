"""int(s, base) with prefixes, underscores and Unicode digits: CPython
turns Unicode decimal digits into ASCII before parsing, so an Arabic-Indic
zero starts a 0x/0o/0b prefix and counts as a leading zero in base 0."""


def main(argv: list[str]) -> int:
    cases = [("0x", 16), ("0b", 0), ("0x_1", 16), ("0_x1", 16), ("1_000", 0), ("00", 0), ("0_0", 0), ("01", 0), ("-0x1", 0),
             (" 0x1 ", 0), ("١٢", 0), ("0b2", 0), ("0o8", 0), ("Z", 36), ("z_z", 36), ("0B1", 2), ("0O7", 8), ("0X", 0),
             ("+0x10", 16), ("- 1", 10), ("1\u00a0", 10), ("\u20071", 10), ("1e3", 16), ("0x1g", 0), ("_", 10), ("0_", 0),
             ("7fffffffffffffff", 16), ("-8000000000000000", 16), ("１０", 2), ("٠x1", 0), ("٠x1", 16), ("٠b1", 2), ("٠o7", 0), ("٠1", 0), ("٠٠", 0), ("-٠x_f", 0), ("٠X", 16), ("٠", 0), ("１٠", 0), ("٠_٠", 0)]
    for s, b in cases:
        try:
            print(repr(s), b, int(s, b))
        except ValueError as e:
            print(repr(s), b, repr(e))
        except OverflowError as e:
            print(repr(s), b, "overflow")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
