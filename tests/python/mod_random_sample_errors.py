# sample errors
import random

random.seed(0)
for pop, k in [([1, 2, 3], 4), ([1, 2], -1), ({1, 2, 3}, 2), ({"a": 1}, 1)]:
    try:
        print(random.sample(pop, k))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for counts in [[1, 2], [0, 0, 0], [1.5, 1, 1]]:
    try:
        print(random.sample("abc", 2, counts=counts))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
