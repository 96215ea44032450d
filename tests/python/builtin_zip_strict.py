print(list(zip([1, 2, 3], "abc", strict=True)))
try:
    list(zip([1, 2, 3], "ab", strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], "ab", strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1, 2], "a", [5, 6], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(zip()), list(zip([1, 2])), list(zip([1, 2], [3], strict=False)))
print(dict(zip("ab", range(2))), list(zip(*[(1, 2), (3, 4)])))
z = zip([1, 2], [3, 4])
print(next(z), list(z), list(z))
try:
    zip(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
a, b = zip(*[("x", 1), ("y", 2)])
print(a, b)
