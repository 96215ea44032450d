xs = list(range(8))
xs[slice(1, 3)] = "ab"
print(xs)
xs[::2] = [0, 0, 0, 0]
print(xs)
del xs[slice(None, None, 3)]
print(xs)
s = slice(2, None, -1)
print("abcdef"[s], (0, 1, 2, 3)[s], list(range(5))[s], s.indices(3), s.indices(10))
print(slice(None).indices(0), slice(5, 2).indices(10), slice(-1, -10, -2).indices(6))
t = [1, 2, 3, 4, 5]
t[1:4] = []
print(t)
t[len(t):] = [9]
print(t)
try:
    t[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
print(slice(1, 2, 3) != slice(1, 2, 4), slice(1) < slice(2), slice(0, 1) <= slice(0, 1))
