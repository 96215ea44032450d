# iterating constant set displays and sets built in loops
for x in {33, 1, 17, 9, 25}:
    print(x, end=" ")
print()
for x in {3, 1, 2}:
    print(x, end=" ")
print()
for x in {(1, 2), (0, 5), (7, 7), 4.5}:
    print(x, end=" ")
print()
acc = set()
for i in range(64):
    acc.add((i * 37) % 101)
    if i % 9 == 0:
        print(i, acc)
while acc:
    v = acc.pop()
    if v % 10 == 0:
        print(v, len(acc))
