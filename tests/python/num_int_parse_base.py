def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for s, b in [("101", 2), ("777", 8), ("ff", 16), ("FF", 16), ("z", 36), ("Zz", 36), ("10", 3), ("-123", 10),
             ("0x1f", 16), ("0X1F", 0), ("0o17", 0), ("0b101", 0), ("0b101", 2), ("0o17", 8), ("  42  ", 0), ("+7", 0),
             ("-0x10", 0), ("0", 0), ("00", 0), ("123456789012345678901234567890", 0), ("-ffffffffffffffffffff", 16)]:
    t(lambda: int(s, b))
print(int("42"), int(" -7\n"), int("+0"), int("٣"), int("1" * 30))
print(int(3.99), int(-3.99), int(1e20), int(-2.5e30), int(True), int(), int("12", base=10))
