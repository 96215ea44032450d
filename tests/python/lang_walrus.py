data = [1, 5, 2, 8, 3]
print([y for x in data if (y := x * 2) > 4], y)
if (n := len(data)) > 3:
    print("long", n)
total = 0
print([total := total + x for x in data], total)
def f():
    res = [last := v for v in range(4)]
    return res, last
print(f())
i = 0
while (i := i + 1) < 4:
    print("i", i)
print((z := 10) + z)
print(any((hit := v) > 4 for v in data), hit)
