# floats hash like equal ints; others by CPython's float hash
print({1.5, 2.5, 0.1, 0.5, -0.25})
print({1.0, 2, 3.0, 4})
print({0.1 * i for i in range(12)})
print({float(i) / 3 for i in range(10)})
print({1e300, 1e-300, -1e300, float("inf"), float("-inf")})
print(hash(0.5), hash(1.5), hash(-2.5), hash(1e100), hash(float("inf")))
s = {2.0, 1, True, 1.0, 0, 0.0, False}
print(s, len(s))
