def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print((1 + 2j) ** 2, (1 + 2j) ** 3, (1 + 1j) ** 10, 1j ** 2, 1j ** 4, (2 + 0j) ** -1, (1 + 1j) ** -2, (3 + 4j) ** 0)
print(2 ** 1j, 1j ** 1j, (1 + 1j) ** 0.5, (-1 + 0j) ** 0.5, 4 ** (0.5 + 0j), pow(1j, 2), (1 + 2j) ** 2.0)
print((-8) ** (1 / 3) if False else 0, 0j ** 0, 0j ** 2, (0j) ** (2 + 0j))
t(lambda: 0j ** -1)
t(lambda: 0j ** 1j)
t(lambda: (1e200 + 1e200j) ** 3)
t(lambda: pow(1j, 2, 3))
t(lambda: 10j ** 1000)
