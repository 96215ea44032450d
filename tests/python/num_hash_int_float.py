def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for v in [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, 2**62, -(2**61), 2**63 - 1, -2**63]:
    print(v, hash(v))
for v in [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -0.25, 1e20, 1e300, 123.456, float("inf"), float("-inf"), 1e-300]:
    print(repr(v), hash(v))
print(hash(1) == hash(1.0) == hash(True), hash(2**70) == hash(float(2**70)), hash(0) == hash(0.0) == hash(False))
print(hash((1, 2.0)) == hash((1.0, 2)), len({1, 1.0, True}), {1.0: "a"}[1], {2**70: 1}[float(2**70)])
