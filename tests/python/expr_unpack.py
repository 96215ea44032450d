a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (3, 4), 5
print(x, y, z)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
a, *mid, b = range(6)
print(a, mid, b)
p = [*range(3), *"ab", 9]
print(p, (*p[:2],), {*[1, 1, 2]})
d = {"a": 1, **{"b": 2, "a": 3}}
print(d)
for i, (k, v) in enumerate(sorted(d.items())):
    print(i, k, v)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1]
except ValueError as e:
    print(e)
