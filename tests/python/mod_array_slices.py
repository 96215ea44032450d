# slicing, slice assignment and deletion
from array import array

a = array("i", range(10))
print(a[2:5], a[::2], a[::-1], a[-3:], a[5:2])
a[1:3] = array("i", [100, 200, 300])
print(a)
del a[::3]
print(a)
del a[0]
print(a)
a[0] = -5
a[-1] = 77
print(a, a[len(a) - 1])
b = a[:]
b[0] = 0
print(a[0], b[0])
