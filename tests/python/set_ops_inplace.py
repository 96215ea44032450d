# in-place operators and update methods
a = {1, 2, 3, 40, 50, 66}
a |= {5, 10, 15, 20, 25}
print(a)
a &= set(range(0, 100, 5))
print(a)
a -= {5, 50}
print(a)
a ^= {1, 2, 3, 4, 10}
print(a)
x = set()
for i in range(100):
    x.add(i * 7919 % 1000)
for i in range(0, 100, 2):
    x.discard(i * 7919 % 1000)
print(x)
x -= set(range(0, 1000, 3))
print(x)
x.update(range(5), [64, 128], {256, 512})
print(x)
x.intersection_update(range(0, 1000, 2), set(range(0, 600)))
print(x)
x.difference_update({0, 2}, [4])
print(x)
x.symmetric_difference_update([1, 2, 3, 4])
print(x)
