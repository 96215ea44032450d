# random.seed with ints: small, zero, negative (abs value), multi-word
import random

for s in [0, 1, 2, 42, 12345, 2**31 - 1, 2**32 - 1, 2**32, 2**32 + 1, 2**63 - 1, 2**64, 2**100 + 12345, 10**50]:
    random.seed(s)
    print(s, random.random(), random.random())
for s in [-1, -42, -(2**40)]:
    random.seed(s)
    a = random.random()
    random.seed(-s)
    print(s, a, a == random.random())
