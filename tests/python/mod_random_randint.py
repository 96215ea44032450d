# randint ranges and a histogram
import random

random.seed(31337)
print([random.randint(1, 6) for _ in range(30)])
print([random.randint(-3, 3) for _ in range(30)])
counts = [0] * 10
for _ in range(5000):
    counts[random.randint(0, 9)] += 1
print(counts)
print(random.randint(0, 2**70))
print(random.randint(10, 10))
