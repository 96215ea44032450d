def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for s, b in [("1_000", 10), ("1_000_000", 0), ("0x_ff", 0), ("0xf_f", 16), ("0b_1010_1010", 0), ("0o_7_7", 0),
             ("1__0", 10), ("0_0", 0), ("0_7", 0), ("_", 10), ("0x_", 16), ("1_2_3_4_5_6_7_8_9_0_1_2_3_4_5_6_7_8_9_0", 10)]:
    t(lambda: int(s, b))
print(1_000_000, 0x_FF_FF, 0b_1_0, 0o_17, 1_0.5, 1e1_0)
t(lambda: float("1_000.5"))
t(lambda: float("1__0"))
