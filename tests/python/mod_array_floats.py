# float arrays: f rounds to single precision
from array import array

f = array("f", [0.1, 1 / 3, 1e30, 1e-50, 3.4e38, 1e39, -2.5])
print(f)
d = array("d", [0.1, 1 / 3, float("inf"), -0.0, 1e300])
print(d)
f.append(2)
d.append(True)
print(f[-1], d[-1], f.tolist()[:2])
f[0] = 0.2
print(f[0], 0.2 in f, f.count(f[0]))
try:
    d.append("x")
except TypeError as e:
    print("TypeError", e)
