# uniform and triangular
import random

random.seed(2)
print([random.uniform(0, 1) for _ in range(5)])
print([random.uniform(-10, 10) for _ in range(5)])
print([random.uniform(5, 1) for _ in range(3)])
print(random.uniform(3, 3))
print([random.triangular() for _ in range(4)])
print([random.triangular(0, 10, 8) for _ in range(4)])
print([random.triangular(5, 5) for _ in range(2)])
