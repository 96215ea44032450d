# randrange with one, two and three arguments, negative steps
import random

random.seed(5)
print([random.randrange(10) for _ in range(20)])
print([random.randrange(1, 7) for _ in range(20)])
print([random.randrange(0, 100, 5) for _ in range(10)])
print([random.randrange(100, 0, -7) for _ in range(10)])
print([random.randrange(-50, -10) for _ in range(10)])
print([random.randrange(2**40) for _ in range(5)])
print([random.randrange(10**30) for _ in range(3)])
print([random.randrange(-10**20, 10**20, 3) for _ in range(3)])
print(random.randrange(1), random.randrange(5, 6))
