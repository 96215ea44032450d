# seeding with floats, bools, str and bytes (sha512-based version 2), version 1 strings
import random

for s in [0.5, 3.0, -2.25, 1e300, True, False]:
    random.seed(s)
    print(repr(s), random.random())
for s in ["", "a", "hello", "hello world" * 20, "héllo ☃", b"", b"abc", b"\x00\xff" * 70]:
    random.seed(s)
    print(repr(s)[:40], random.random(), random.getrandbits(16))
for s in ["", "abc", "spam and eggs"]:
    random.seed(s, version=1)
    print(repr(s), random.random())
try:
    random.seed([1, 2])
except TypeError as e:
    print("TypeError", e)
