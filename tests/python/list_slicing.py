a = list(range(10))
print(a[2:5], a[:-2], a[-3:], a[::3], a[::-1], a[8:2:-2], a[-100:100], a[5:2])
a[2:4] = ["x", "y", "z"]
print(a)
a[1:8:2] = [0, 0, 0, 0]
print(a)
del a[::2]
print(a)
del a[1:3]
print(a)
b = [1, 2, 3]
b[len(b):] = [4, 5]
b[:0] = [0]
print(b)
c = b[:]
c[0] = 99
print(b[0], c[0])
try:
    b[1:3:1] = [1]
    print(b)
    b[::2] = [1]
except ValueError as e:
    print(e)
m = [[0] * 3 for _ in range(2)]
m[0][1] = 5
print(m)
n = [[0] * 3] * 2
n[0][1] = 5
print(n)
print([1, 2] + [3], [0] * 4, [1, [2, [3]]], [] == [], [1, 2] * 0)
