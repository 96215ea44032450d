a, *b, c = range(6); print(a, b, c)
*a, b = "xyz"; print(a, b)
a, *b = [1]; print(a, b)
(a, b), *c = [(1, 2), 3, 4]; print(a, b, c)
for x, *y in [(1, 2, 3), (4,)]:
    print(x, y)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
x = [0, 0, 0]
x[0], x[2] = "ab"; print(x)
d = {}
d["k"], d["j"] = 1, 2; print(d)
i = 0
i, x[i] = 1, 9; print(i, x)
a = b = [1]; print(a is b)
a, b = b, a = 1, 2; print(a, b)
