def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for v in [0, 1, -1, 2, 7, 8, -8, 255, 256, 2**31, 2**62, 2**63 - 1, -2**63, 2**63, 2**64, -2**100, 10**50, True, False]:
    print(v, v.bit_length(), v.bit_count(), abs(v).bit_length() == len(bin(v).lstrip("-0b")) or v == 0)
print(int.bit_length(255), (2**70).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
print((7).as_integer_ratio(), (-2**70).as_integer_ratio())
