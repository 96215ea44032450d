# sample: small pools (list path) and large populations (set path)
import random

random.seed(8)
print(random.sample(range(10), 10))
print(random.sample(range(100), 5))
print(random.sample("abcdefgh", 3))
print(random.sample((1, 2, 3), 0))
print(random.sample(range(10**6), 7))
print(random.sample(range(50), 20))
print(random.sample(list(range(1000)), 30))
print(random.sample(["a", "b", "c"], k=2, counts=[3, 1, 2]))
print(random.sample(["x", "y"], 5, counts=[4, 4]))
