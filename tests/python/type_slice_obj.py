s = slice(5)
print(s, repr(s), s.start, s.stop, s.step)
print(slice(1, 10), slice(1, 10, 2), slice(None, None, -1))
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
print(slice(0, 100, 3).indices(10), slice(-100, 100).indices(7), slice(5, 1, -2).indices(6))
xs = list(range(10))
print(xs[slice(2, 8, 2)], "abcdef"[slice(None, None, 2)], (1, 2, 3)[slice(1, None)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    hash(slice(1))
except TypeError as e:
    print(type(e).__name__, e)
class G:
    def __getitem__(self, k):
        return k
g = G()
print(g[1:2], g[::3], g[1:2, 3], g[...], g[:, 1])
xs[slice(0, 3)] = ["a"]
print(xs)
del xs[slice(0, 4, 2)]
print(xs)
print(type(s).__name__, slice("a", "b").start, slice(1, 2).__class__ is slice)
try:
    slice()
except TypeError as e:
    print(type(e).__name__, e)
