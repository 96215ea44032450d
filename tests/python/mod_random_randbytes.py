# randbytes and module-level API surface
import random

random.seed(314)
print(random.randbytes(0), random.randbytes(1), random.randbytes(8), random.randbytes(13))
for name in ["seed", "random", "randint", "randrange", "choice", "choices", "shuffle", "sample",
             "uniform", "gauss", "normalvariate", "getrandbits", "getstate", "setstate",
             "Random", "SystemRandom", "expovariate", "triangular"]:
    print(name, hasattr(random, name))
