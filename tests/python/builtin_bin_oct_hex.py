print(bin(0), bin(5), bin(-5), oct(0), oct(8), oct(-8), hex(0), hex(255), hex(-255))
print(bin(2**70), hex(2**64), oct(-2**65), hex(True))
class I:
    def __index__(self):
        return 10
print(bin(I()), oct(I()), hex(I()))
for bad in [1.5, "1", None]:
    try:
        hex(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(int(bin(37), 2), int(hex(37), 16), int(oct(37), 8), int("0x1f", 0), int("0b101", 0), int("0o17", 0))
print(format(255, "x"), format(255, "#X"), format(5, "b"), format(8, "o"), format(255, "#010x"))
