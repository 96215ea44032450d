# randrange / randint error messages
import random

random.seed(1)
cases = [(0,), (-5,), (5, 5), (10, 2), (0, 10, 0), (0, 10, -1), (10, 0, 2), (1.5,), (0, 2.5), (0, 10, 1.5)]
for args in cases:
    try:
        print(args, random.randrange(*args))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
for a, b in [(3, 2), (5, 5), (-3, -1)]:
    try:
        print(a, b, random.randint(a, b))
    except ValueError as e:
        print(a, b, "ValueError", e)
print(random.randrange(4.0), random.randrange(2.0, 10.0))
