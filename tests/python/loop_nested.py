result = []
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        result.append((i, j))
print(result)
grid = [[i * j for j in range(4)] for i in range(4)]
for row in grid:
    print(" ".join(str(v).rjust(2) for v in row))
found = None
for i in range(10):
    for j in range(10):
        if i * j == 42:
            found = (i, j)
            break
    if found:
        break
print(found)
lst = [1, 2, 3]
for x in lst:
    if x < 3:
        lst.append(x + 10)
print(lst)
count = 0
i = 0
while True:
    i += 1
    if i % 3 == 0:
        continue
    count += i
    if i > 20:
        break
print(count)
