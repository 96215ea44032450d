def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(pow(3, -1, 7), pow(3, -2, 7), pow(2, -1, 9), pow(-2, -1, 9), pow(5, -3, 13), pow(38, -1, 97))
print(pow(10**20 + 1, -1, 10**9 + 7), pow(123456789, -1, 2**61 - 1), pow(3, -1, -7), pow(1, -5, 2))
for a in range(1, 12):
    try:
        print(a, pow(a, -1, 12))
    except ValueError as e:
        print(a, "ValueError", e)
t(lambda: pow(2, -1, 4))
t(lambda: pow(0, -1, 5))
t(lambda: pow(2, -1, 1))
