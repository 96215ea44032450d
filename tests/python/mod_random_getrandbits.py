# getrandbits for small and large k
import random

random.seed(99)
for k in [0, 1, 2, 7, 8, 16, 31, 32, 33, 48, 63, 64, 65, 96, 100, 128, 257, 1000]:
    print(k, random.getrandbits(k))
for k in [1, 5, 32]:
    print([random.getrandbits(k) for _ in range(12)])
try:
    random.getrandbits(-1)
except ValueError as e:
    print("ValueError", e)
r = random.Random(3)
print(r.getrandbits(200).bit_length() <= 200, r.getrandbits(8) < 256)
