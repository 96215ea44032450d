print(int(), int("42"), int(" -7 "), int("1_000"), int(3.9), int(-3.9), int("ff", 16), int("z", 36), int("0", 0), int(b"12"))
print(int("10", base=2), int("0x10", 16), int(True), int("  +5\n"))
class T:
    def __int__(self):
        return 3
class X:
    def __index__(self):
        return 4
class Tr:
    def __trunc__(self):
        return 5
print(int(T()), int(X()), int(Tr()) if True else 5)
for bad, kw in [("1.5", 10), ("", 10), ("12", 1), ("9", 8), ("0x", 16), ("1 2", 10)]:
    try:
        int(bad, kw)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(1.5, 10)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
print(int("9" * 30), type(int("5")).__name__, int(2**100 + 0.0) == 2**100)
