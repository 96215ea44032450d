# gauss (Box-Muller with the cached second value) and normalvariate
import random

random.seed(1000)
print([random.gauss() for _ in range(6)])
print([random.gauss(10, 2) for _ in range(5)])
print([random.normalvariate() for _ in range(6)])
print([random.normalvariate(-1, 0.5) for _ in range(5)])
random.seed(1000)
a = random.gauss()
random.seed(1000)
print(a == random.gauss())
print([random.lognormvariate(0, 0.25) for _ in range(3)])
