def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for v in [2**64, -2**64, 2**100, -2**100, 10**30, 3**100, 2**122 - 1, 2**183, (2**61 - 1) * 12345, -(2**61 - 1) - 1]:
    print(v % 1000, hash(v))
print(hash(2**61 - 1) == 0, hash(-(2**61 - 1)) == 0, hash(2**61) == 1)
print(hash(1 + 0j) == hash(1), hash(1.5 + 0j) == hash(1.5), hash(2j), hash(1 + 2j), hash(-1 - 1j))
