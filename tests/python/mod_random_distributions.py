# other distributions
import random

random.seed(555)
print([random.expovariate(1.5) for _ in range(4)])
print([random.paretovariate(3.0) for _ in range(4)])
print([random.weibullvariate(1.0, 1.5) for _ in range(4)])
print([random.gammavariate(0.5, 2.0) for _ in range(3)])
print([random.gammavariate(1.0, 2.0) for _ in range(3)])
print([random.gammavariate(4.5, 1.0) for _ in range(3)])
print([random.betavariate(2.0, 5.0) for _ in range(3)])
print([random.vonmisesvariate(0.5, 4.0) for _ in range(3)])
print(random.vonmisesvariate(1.0, 0.0) < 7)
try:
    random.gammavariate(-1.0, 1.0)
except ValueError as e:
    print("ValueError", e)
