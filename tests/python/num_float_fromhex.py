def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for s in ["0x1.8p0", "0x1p-1", "-0x1.8p+1", "0x0p0", "-0x0.0p+0", "1.8p0", "0xA", "0x.8", "0X1P3", "  0x1.fffffffffffffp+1023  ",
          "0x1p-1074", "0x1p-1075", "0x1.0000000000001p0", "0x1.00000000000008p0", "0x1.00000000000018p0", "inf", "-Infinity", "nan",
          "0x1p1024", "0x1.fffffffffffff8p1023", "", "0x", "0xg", "1p", "0x1p+", "0x1.2.3", "0x1p-2000", "0x123456789abcdef0p-60"]:
    t(lambda: float.fromhex(s))
for v in [0.1, 1e300, 5e-324, -123.456, 2.0 ** -1022]:
    print(float.fromhex(v.hex()) == v)
