def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 10**9 + 7), pow(2**100, 3, 10**9 + 7), pow(7, 0, 13), pow(7, 5, 1))
print(pow(-3, 3, 7), pow(3, 3, -7), pow(-3, 3, -7), pow(0, 0, 5), pow(10**30, 10**20, 97), pow(2, 2**70, 1000003))
print(pow(2, -1), pow(2.0, 3), pow(-8, 1 / 3) if False else 0, pow(4, 0.5), 2 ** -2, (-2) ** 3, pow(0, 0))
t(lambda: pow(2, 3, 0))
t(lambda: pow(2.0, 3, 5))
t(lambda: pow(2, 3.0, 5))
t(lambda: pow(2, 3, 5.0))
t(lambda: pow(0, -1))
t(lambda: pow(0.0, -1))
t(lambda: pow(2, 3, mod=5))
