# displays, comprehensions and set() of generators
print({i * i for i in range(15)})
print({i % 7 for i in range(100)})
print(set(i * 5 for i in range(30, 0, -1)))
print({*range(5), *[40, 8], 16})
a = [9, 17, 25, 1, 33]
print({*a}, {a[0], a[1], a[2], a[3], a[4]}, {9, 17, 25, 1, 41})
print({-1, -2, -3, 2**40, 2**40 + 8, 7})
print({(i, -i) for i in range(6)})
for x in {33, 1, 17, 9, 25}:
    print(x, end=" ")
print()
