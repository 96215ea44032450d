total = 0
for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    total += i
print(total)
for i in range(3):
    pass
else:
    print("for-else ran", i)
for i in range(3):
    if i == 1:
        break
else:
    print("not printed")
n = 0
while n < 5:
    n += 1
else:
    print("while-else", n)
for i, c in enumerate("abc", 1):
    print(i, c, end="; ")
print()
for a, b in zip([1, 2, 3], "xy"):
    print(a, b)
print(list(range(10, 0, -3)), list(range(0)), list(range(-5, -1)), len(range(1, 100, 7)))
for x in reversed([1, 2, 3]):
    print(x, end=" ")
print()
r = range(2, 20, 3)
print(r, r[2], r[-1], 8 in r, 9 in r, r.index(11), list(r[1:3]))
