print(float(), float(3), float("1.5"), float("  -2e3 "), float("inf"), float("-Infinity"), float("nan"), float("1_000.5"))
print(float(True), float(10**20), float("0x10" if False else "16"), float(" +.5"), float("5."))
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
print(float(F()))
for bad in ["abc", "", "1.2.3", "1e"]:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(10**400)
except OverflowError as e:
    print(type(e).__name__, e)
print((2.5).is_integer(), (2.0).is_integer())
print(type(float("3")).__name__, float("-0.0"), 1e308 * 10, -1e308 * 10)
