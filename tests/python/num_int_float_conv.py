def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for v in [0.0, 0.9, -0.9, 1e10, -1e15, 1e19, -1e19, 1e30, 2.0 ** 64, 1.5e300, 5e-324]:
    print(repr(v), int(v))
for v in [0, 2**53, 2**53 + 1, 2**63, 2**64 - 1, 10**30, -(2**100), 2**1023, 10**308]:
    print(v % 1000, float(v))
t(lambda: float(2**1024))
t(lambda: float(-(10**400)))
t(lambda: int(1e400))
t(lambda: float(2**1024 - 2**970))
print(float("1e400"), float("-1e-400"), float(" 12.5 "), float("1_0.2_5"), float("-.5"), float("+5."))
