def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


vals = [2**64, -2**64, 10**30, 2**1023, 2**1024, -(2**1024), 10**400]
fs = [1.8446744073709552e19, 1e30, 8.98846567431158e307, 1.7976931348623157e308, float("inf"), -1e300, 1e300]
for v in vals:
    print([(v < f, v == f, v > f) for f in fs])
print(2**64 + 1 > 1.8446744073709552e19, 10**30 == 1e30, int(1e30) == 1e30, 10**400 > 1.7976931348623157e308)
t(lambda: 10**400 + 1.0)
t(lambda: float(10**400))
print(max(2**70, 1e21), min(2**70, 1e22), 2**70 in [1.1805916207174113e21])
