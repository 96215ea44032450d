# choices with and without weights
import random

random.seed(77)
print(random.choices("abc"))
print(random.choices("abc", k=10))
print(random.choices(["red", "black", "green"], [18, 18, 2], k=12))
print(random.choices(range(5), weights=[0.1, 0.2, 0.3, 0.2, 0.2], k=10))
print(random.choices("xyz", cum_weights=[1, 5, 6], k=10))
print(random.choices([1, 2, 3], k=0))
print(random.choices("ab", weights=[0, 1], k=5))
