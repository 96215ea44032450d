print(list(enumerate([])), list(enumerate("ab")), list(enumerate("ab", 10)), list(enumerate("ab", start=-1)))
e = enumerate(["x", "y"])
print(type(e).__name__, next(e), list(e))
print(list(map(lambda x: x * 2, [1, 2])), list(map(str.upper, "ab")), list(map(max, [1, 5], [4, 2], [3, 3])))
print(list(map(len, ["a", "bb"])), list(map(int, "123")))
print(list(filter(lambda x: x % 2, range(6))), list(filter(None, [0, "", "x", [], [0]])), list(filter(str.isdigit, "a1b2")))
m = map(lambda x: x, [1, 2])
print(type(m).__name__, list(m), list(m))
f = filter(None, [1])
print(type(f).__name__, iter(f) is f)
try:
    map(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(None, [1]))
except TypeError as e:
    print(type(e).__name__, e)
for i, (a, b) in enumerate(zip("xy", "pq"), 1):
    print(i, a, b)
print(sum(map(int, ["1", "2", "3"])), sorted(map(abs, [-3, 1, -2])))
