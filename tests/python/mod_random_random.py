# the 53-bit random() stream
import random

random.seed(2024)
xs = [random.random() for _ in range(40)]
for x in xs:
    print(repr(x))
print(min(xs) >= 0.0, max(xs) < 1.0)
random.seed(7)
total = 0.0
for _ in range(2000):
    total += random.random()
print(repr(total))
